import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import { programDecider } from './program.decider';
import type { LaunchProgram } from './program.commands';
import type { ProgramEvent } from './program.events';

const spec = deciderSpec(programDecider, testContext());
const known = { SLDTBXH: { mergedInto: null }, BCD08: { mergedInto: null } };
const data: LaunchProgram['data'] = {
  programId: 'hn-08-2021',
  document: { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' },
  titleVi: 'Chương trình 08-CTr/TU',
  titleEn: 'Program 08-CTr/TU',
  termStart: 2021,
  termEnd: 2025,
  standingAgency: 'SLDTBXH',
  steeringCommittee: 'BCD08',
  groups: [{ code: 'G1', nameVi: 'Hệ thống an sinh xã hội', nameEn: 'Social security system' }],
};
const launched: ProgramEvent = { type: 'ProgramLaunched', data };
const meeting = { programId: 'hn-08-2021', meetingId: 'so-ket-2023-h1', date: '2023-08-02', titleVi: 'Hội nghị sơ kết 6 tháng đầu năm 2023', titleEn: 'H1 2023 review' };

describe('Program decider', () => {
  it('launches a program', () => {
    spec.given([]).when({ type: 'LaunchProgram', data, known }).then([launched]);
  });
  it('rejects launching twice', () => {
    spec.given([launched]).when({ type: 'LaunchProgram', data, known }).thenFails({ code: 'PROGRAM.ALREADY_EXISTS', kind: 'conflict' });
  });
  it('rejects a term that ends before it starts', () => {
    spec.given([]).when({ type: 'LaunchProgram', data: { ...data, termEnd: 2020 }, known }).thenFails({ code: 'PROGRAM.TERM_INVALID', field: 'termEnd' });
  });
  it('rejects no groups and duplicate groups', () => {
    spec.given([]).when({ type: 'LaunchProgram', data: { ...data, groups: [] }, known }).thenFails({ code: 'PROGRAM.GROUPS_REQUIRED' });
    spec.given([]).when({ type: 'LaunchProgram', data: { ...data, groups: [data.groups[0], data.groups[0]] }, known }).thenFails({ code: 'PROGRAM.GROUP_DUPLICATE' });
  });
  it('rejects an unknown standing agency', () => {
    spec.given([]).when({ type: 'LaunchProgram', data, known: { BCD08: { mergedInto: null } } }).thenFails({ code: 'UNIT.NOT_FOUND', field: 'standingAgency' });
  });
  it('rejects a founding document without a real date', () => {
    const document = { ...data.document, date: '2021-02-30' };
    spec.given([]).when({ type: 'LaunchProgram', data: { ...data, document }, known }).thenFails({ code: 'INPUT.DATE_INVALID', field: 'document.date' });
  });
  it('is staff work', () => {
    spec.given([]).when({ type: 'LaunchProgram', data, known }, { role: 'unit', unit: 'SYT' }).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
  });
  it('records a review meeting once', () => {
    spec.given([launched]).when({ type: 'HoldReviewMeeting', data: meeting }).then([{ type: 'ReviewMeetingHeld', data: meeting }]);
    spec.given([launched, { type: 'ReviewMeetingHeld', data: meeting }]).when({ type: 'HoldReviewMeeting', data: meeting }).thenFails({ code: 'MEETING.DUPLICATE', kind: 'conflict' });
  });
  it('rejects a meeting of an unknown program, in the future, or years outside the term', () => {
    spec.given([]).when({ type: 'HoldReviewMeeting', data: meeting }).thenFails({ code: 'PROGRAM.NOT_FOUND', kind: 'not_found' });
    spec.given([launched]).when({ type: 'HoldReviewMeeting', data: { ...meeting, date: '2023-08-03' } }).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'date' });
    spec.given([launched]).when({ type: 'HoldReviewMeeting', data: { ...meeting, date: '2019-08-03' } }).thenFails({ code: 'MEETING.OUTSIDE_TERM', field: 'date' });
  });
});
