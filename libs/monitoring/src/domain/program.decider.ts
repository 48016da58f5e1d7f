import { DomainError, assertNever, type CommandContext, type Decider } from '@chitieu/kernel';
import { requireActiveUnits, requireStaff } from '../../../organisation/src/domain/access.policy';
import { checkBusinessDate, code, decideSafely, documentRef, notAfterToday, requiredText } from '../../../organisation/src/domain/input-rules';
import type { LaunchProgram, ProgramCommand } from './program.commands';
import type { IndicatorGroup, ProgramEvent } from './program.events';

export interface ProgramState {
  readonly programId: string | null;
  readonly termStart: number;
  readonly termEnd: number;
  readonly groups: IndicatorGroup[];
  readonly standingAgency: string | null;
  readonly meetingIds: string[];
}

const initialState = (): ProgramState => ({ programId: null, termStart: 0, termEnd: 0, groups: [], standingAgency: null, meetingIds: [] });

function evolve(state: ProgramState, event: ProgramEvent): ProgramState {
  switch (event.type) {
    case 'ProgramLaunched': {
      const d = event.data;
      return { ...state, programId: d.programId, termStart: d.termStart, termEnd: d.termEnd, groups: d.groups, standingAgency: d.standingAgency };
    }
    case 'ReviewMeetingHeld':
      return { ...state, meetingIds: [...state.meetingIds, event.data.meetingId] };
    default:
      return assertNever(event);
  }
}

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

function launch(c: LaunchProgram, state: ProgramState): ProgramEvent[] {
  const d = c.data;
  if (state.programId) throw new DomainError('PROGRAM.ALREADY_EXISTS', `Program ${d.programId} was already launched`, 'conflict', 'programId');
  const termOk = Number.isInteger(d.termStart) && Number.isInteger(d.termEnd) && d.termStart >= YEAR_MIN && d.termEnd <= YEAR_MAX && d.termStart <= d.termEnd;
  if (!termOk) throw new DomainError('PROGRAM.TERM_INVALID', 'termStart and termEnd must be years with termStart <= termEnd', 'validation', 'termEnd');
  if (d.groups.length === 0) throw new DomainError('PROGRAM.GROUPS_REQUIRED', 'A program needs at least one indicator group', 'validation', 'groups');
  const groups = d.groups.map((g, i) => ({
    code: code(g.code, `groups[${i}].code`),
    nameVi: requiredText(g.nameVi, `groups[${i}].nameVi`, 300),
    nameEn: requiredText(g.nameEn, `groups[${i}].nameEn`, 300),
  }));
  if (new Set(groups.map((g) => g.code)).size !== groups.length) {
    throw new DomainError('PROGRAM.GROUP_DUPLICATE', 'Group codes must be unique', 'validation', 'groups');
  }
  requireActiveUnits([d.standingAgency], c.known, 'standingAgency');
  requireActiveUnits([d.steeringCommittee], c.known, 'steeringCommittee');
  const data = {
    ...d,
    programId: code(d.programId, 'programId'),
    document: documentRef(d.document, 'document'),
    titleVi: requiredText(d.titleVi, 'titleVi', 500),
    titleEn: requiredText(d.titleEn, 'titleEn', 500),
    groups,
  };
  return [{ type: 'ProgramLaunched', data }];
}

function decideProgram(c: ProgramCommand, state: ProgramState, context: CommandContext): ProgramEvent[] {
  requireStaff(context, 'launch programs and record review meetings');
  checkBusinessDate(context);
  switch (c.type) {
    case 'LaunchProgram':
      return launch(c, state);
    case 'HoldReviewMeeting': {
      const d = c.data;
      if (!state.programId) throw new DomainError('PROGRAM.NOT_FOUND', `Program ${d.programId} does not exist`, 'not_found', 'programId');
      const meetingId = code(d.meetingId, 'meetingId');
      if (state.meetingIds.includes(meetingId)) throw new DomainError('MEETING.DUPLICATE', `Meeting ${meetingId} was already recorded`, 'conflict', 'meetingId');
      const date = notAfterToday(d.date, 'date', context);
      const year = Number(date.slice(0, 4));
      if (year < state.termStart || year > state.termEnd + 1) {
        throw new DomainError('MEETING.OUTSIDE_TERM', `A review of the ${state.termStart}-${state.termEnd} term cannot be held in ${year}`, 'unprocessable', 'date');
      }
      const titleVi = requiredText(d.titleVi, 'titleVi', 500);
      const titleEn = requiredText(d.titleEn, 'titleEn', 500);
      return [{ type: 'ReviewMeetingHeld', data: { programId: d.programId, meetingId, date, titleVi, titleEn } }];
    }
    default:
      return assertNever(c);
  }
}

export const programDecider: Decider<ProgramCommand, ProgramEvent, ProgramState> = {
  initialState,
  evolve,
  decide: (c, s, ctx) => decideSafely(() => decideProgram(c, s, ctx)),
};
