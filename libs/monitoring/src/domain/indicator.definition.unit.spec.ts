import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import { indicatorDecider } from './indicator.decider';
import { ID, assigned, decision, defined, known, program, unemployment } from './indicator.fixtures';

const spec = deciderSpec(indicatorDecider, testContext());
const define = { type: 'DefineIndicator' as const, data: { ...unemployment, programId: 'hn-08-2021', code: 'CT01' }, program };
const retiredEvent = { type: 'IndicatorRetired' as const, data: { indicatorId: ID, effectiveDate: '2023-01-01' } };

describe('Indicator decider: definition, targets, assignment', () => {
  describe('DefineIndicator', () => {
    it('defines an indicator with the program term', () => {
      spec.given([]).when(define).then([defined()]);
    });
    it('rejects a duplicate code because the stream exists', () => {
      spec.given([defined()]).when(define).thenFails({ code: 'INDICATOR.DUPLICATE_CODE', kind: 'conflict', field: 'code' });
    });
    it('rejects an unknown program, an unknown group and a comparator against the direction', () => {
      spec.given([]).when({ ...define, program: null }).thenFails({ code: 'PROGRAM.NOT_FOUND', kind: 'unprocessable', field: 'programId' });
      spec.given([]).when({ ...define, data: { ...define.data, group: 'G9' } }).thenFails({ code: 'INDICATOR.GROUP_UNKNOWN', field: 'group' });
      spec.given([]).when({ ...define, data: { ...define.data, comparator: 'gte' } }).thenFails({ code: 'INDICATOR.COMPARATOR_MISMATCH', field: 'comparator' });
    });
    it('rejects a blank name and a code with a dot', () => {
      spec.given([]).when({ ...define, data: { ...define.data, nameVi: ' ' } }).thenFails({ code: 'INPUT.REQUIRED', field: 'nameVi' });
      spec.given([]).when({ ...define, data: { ...define.data, code: 'CT.01' } }).thenFails({ code: 'INDICATOR.CODE_INVALID', field: 'code' });
    });
    it('is staff work', () => {
      spec.given([]).when(define, { role: 'unit', unit: 'SLDTBXH' }).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
    });
  });

  describe('ReviseIndicator', () => {
    it('records only the fields that change, with their previous values', () => {
      spec.given([defined()]).when({ type: 'ReviseIndicator', data: { indicatorId: ID, changes: { nameEn: 'Urban unemployment rate', group: 'G1' } }, program })
        .then([{ type: 'IndicatorRevised', data: { indicatorId: ID, changes: { nameEn: 'Urban unemployment rate' }, previous: { nameEn: 'Unemployment rate' } } }]);
    });
    it('rejects no change, an unknown indicator and a retired one', () => {
      const same = { type: 'ReviseIndicator' as const, data: { indicatorId: ID, changes: { nameVi: 'Tỷ lệ thất nghiệp' } }, program };
      spec.given([defined()]).when(same).thenFails({ code: 'INDICATOR.NO_CHANGE' });
      spec.given([]).when(same).thenFails({ code: 'INDICATOR.NOT_FOUND', kind: 'not_found' });
      spec.given([defined(), retiredEvent]).when(same).thenFails({ code: 'INDICATOR.RETIRED', kind: 'conflict' });
    });
  });

  describe('RetireIndicator', () => {
    const retire = { type: 'RetireIndicator' as const, data: { indicatorId: ID, effectiveDate: '2023-01-01' } };
    it('retires with a reason and a document', () => {
      spec.given([defined()]).when(retire, { reason: 'Gộp chỉ tiêu', sourceDocument: decision }).then([retiredEvent]);
    });
    it('requires the reason and the document, and retires once', () => {
      spec.given([defined()]).when(retire, { sourceDocument: decision }).thenFails({ code: 'INDICATOR.RETIRE_REASON_REQUIRED', field: 'reason' });
      spec.given([defined()]).when(retire, { reason: 'Gộp' }).thenFails({ code: 'INDICATOR.RETIRE_DOCUMENT_REQUIRED', field: 'sourceDocument' });
      spec.given([defined(), retiredEvent]).when(retire, { reason: 'Gộp', sourceDocument: decision }).thenFails({ code: 'INDICATOR.RETIRED' });
    });
  });

  describe('SetTarget and ReviseTarget', () => {
    const set = (horizon: string, value: number) => ({ type: 'SetTarget' as const, data: { indicatorId: ID, horizon: horizon as 'term', value } });
    const targetSet = { type: 'TargetSet' as const, data: { indicatorId: ID, horizon: 'term' as const, value: 50 } };
    it('sets a term and a plan-year target', () => {
      spec.given([defined()]).when(set('term', 50)).then([targetSet]);
      spec.given([defined()]).when(set('2023', 3)).then([{ type: 'TargetSet', data: { indicatorId: ID, horizon: '2023', value: 3 } }]);
    });
    it('rejects a horizon outside the term or malformed, a percent above 100, and setting twice', () => {
      spec.given([defined()]).when(set('2026', 3)).thenFails({ code: 'TARGET.HORIZON_OUTSIDE_TERM', field: 'horizon' });
      spec.given([defined()]).when(set('next', 3)).thenFails({ code: 'TARGET.HORIZON_INVALID', field: 'horizon' });
      spec.given([defined()]).when(set('term', 101)).thenFails({ code: 'TARGET.PERCENT_OUT_OF_RANGE', field: 'value' });
      spec.given([defined(), targetSet]).when(set('term', 47.5)).thenFails({ code: 'TARGET.ALREADY_SET', kind: 'conflict' });
    });
    it('rejects a negative count target', () => {
      spec.given([defined({ measureType: 'count', direction: 'higher_is_better', comparator: 'gte' })]).when(set('term', -1)).thenFails({ code: 'TARGET.NEGATIVE_VALUE', field: 'value' });
    });
    const revise = (oldValue: number, newValue: number) => ({ type: 'ReviseTarget' as const, data: { indicatorId: ID, horizon: 'term' as const, oldValue, newValue } });
    const why = { reason: 'Chương trình hành động thông qua 47,5%', sourceDocument: decision };
    it('revises old to new with a reason and the deciding document', () => {
      spec.given([defined(), targetSet]).when(revise(50, 47.5), why).then([{ type: 'TargetRevised', data: { indicatorId: ID, horizon: 'term', oldValue: 50, newValue: 47.5 } }]);
    });
    it('rejects a stale old value, no target, no change, no reason and no document', () => {
      spec.given([defined(), targetSet]).when(revise(49, 47.5), why).thenFails({ code: 'TARGET.OLD_VALUE_MISMATCH', field: 'oldValue' });
      spec.given([defined()]).when(revise(50, 47.5), why).thenFails({ code: 'TARGET.NOT_SET' });
      spec.given([defined(), targetSet]).when(revise(50, 50), why).thenFails({ code: 'TARGET.UNCHANGED' });
      spec.given([defined(), targetSet]).when(revise(50, 47.5), { sourceDocument: decision }).thenFails({ code: 'TARGET.REASON_REQUIRED', field: 'reason' });
      spec.given([defined(), targetSet]).when(revise(50, 47.5), { reason: 'x' }).thenFails({ code: 'TARGET.DOCUMENT_REQUIRED', field: 'sourceDocument' });
    });
  });

  describe('AssignIndicator and ReassignIndicator', () => {
    const assign = (lead: string, coordinating: string[], type: 'AssignIndicator' | 'ReassignIndicator' = 'AssignIndicator', effectiveDate = '2021-04-01') =>
      ({ type, data: { indicatorId: ID, lead, coordinating, effectiveDate }, known });
    it('assigns a lead and coordinating units', () => {
      spec.given([defined()]).when(assign('SLDTBXH', ['CTK'])).then([assigned()]);
    });
    it('rejects unknown or merged units, a lead that also coordinates, and assigning twice', () => {
      spec.given([defined()]).when(assign('NOPE', [])).thenFails({ code: 'UNIT.NOT_FOUND', field: 'lead' });
      spec.given([defined()]).when(assign('SLDTBXH', ['H016'])).thenFails({ code: 'UNIT.MERGED', field: 'coordinating' });
      spec.given([defined()]).when(assign('SLDTBXH', ['SLDTBXH'])).thenFails({ code: 'ASSIGNMENT.LEAD_ALSO_COORDINATING' });
      spec.given([defined(), assigned()]).when(assign('SYT', [])).thenFails({ code: 'ASSIGNMENT.ALREADY_ASSIGNED', kind: 'conflict' });
    });
    it('reassigns from an effective date, keeping the previous units', () => {
      spec.given([defined(), assigned()]).when(assign('SYT', ['SLDTBXH'], 'ReassignIndicator', '2023-01-01')).then([{
        type: 'IndicatorReassigned',
        data: { indicatorId: ID, lead: 'SYT', coordinating: ['SLDTBXH'], previousLead: 'SLDTBXH', previousCoordinating: ['CTK'], effectiveDate: '2023-01-01' },
      }]);
    });
    it('rejects reassigning what was never assigned, to the same units, or before the current assignment', () => {
      spec.given([defined()]).when(assign('SYT', [], 'ReassignIndicator')).thenFails({ code: 'ASSIGNMENT.NOT_ASSIGNED' });
      spec.given([defined(), assigned()]).when(assign('SLDTBXH', ['CTK'], 'ReassignIndicator', '2023-01-01')).thenFails({ code: 'ASSIGNMENT.UNCHANGED' });
      spec.given([defined(), assigned()]).when(assign('SYT', [], 'ReassignIndicator', '2021-01-01')).thenFails({ code: 'ASSIGNMENT.EFFECTIVE_BEFORE_PREVIOUS' });
    });
  });
});
