import { testContext } from '../../../testing/src/decider-spec';
import { holdersAt, requireResponsibleUnit, type Handover } from './access.policy';

const ind = { kind: 'indicator' as const, id: 'hn-08-2021.CT01' };
const merger: Handover = { from: 'H016', to: 'H017', effectiveDate: '2023-07-01', indicatorIds: 'all', taskIds: 'all' };
const transfer: Handover = { from: 'SYT', to: 'BHXH', effectiveDate: '2023-03-01', indicatorIds: ['hn-08-2021.CT01'], taskIds: [] };
const unitCtx = (unit: string, occurredAt: string) => testContext({ role: 'unit', unit, occurredAt });
const attempt = (fn: () => void) => {
  try {
    fn();
    return 'allowed';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('access policy', () => {
  it('a merged unit hands everything on from the effective date, not before', () => {
    expect(holdersAt('H016', '2023-06-30', ind, [merger])).toEqual(['H016']);
    expect(holdersAt('H016', '2023-07-01', ind, [merger])).toEqual(['H017']);
  });
  it('follows chains of hand-overs and stops on cycles', () => {
    const next: Handover = { ...merger, from: 'H017', to: 'H018' };
    expect(holdersAt('H016', '2023-08-01', ind, [merger, next])).toEqual(['H018']);
    expect(holdersAt('A', '2023-08-01', ind, [{ ...merger, from: 'A', to: 'B' }, { ...merger, from: 'B', to: 'A' }])).toEqual([]);
  });
  it('a transfer moves only the listed indicators', () => {
    expect(holdersAt('SYT', '2023-04-01', ind, [transfer])).toEqual(['BHXH']);
    expect(holdersAt('SYT', '2023-04-01', { kind: 'indicator', id: 'other' }, [transfer])).toEqual(['SYT']);
  });
  it('lets an assigned unit act, and its successor only from the effective date', () => {
    expect(attempt(() => requireResponsibleUnit(unitCtx('H016', '2023-06-30'), ['H016'], ind, [merger]))).toBe('allowed');
    expect(attempt(() => requireResponsibleUnit(unitCtx('H017', '2023-06-30'), ['H016'], ind, [merger]))).toBe('AUTH.NOT_ASSIGNED_TO_UNIT');
    expect(attempt(() => requireResponsibleUnit(unitCtx('H017', '2023-07-01'), ['H016'], ind, [merger]))).toBe('allowed');
    expect(attempt(() => requireResponsibleUnit(unitCtx('H016', '2023-07-01'), ['H016'], ind, [merger]))).toBe('AUTH.RESPONSIBILITY_HANDED_OVER');
  });
  it('staff pass, read-only roles and unit users without a unit do not', () => {
    expect(attempt(() => requireResponsibleUnit(testContext(), ['H016'], ind, []))).toBe('allowed');
    expect(attempt(() => requireResponsibleUnit(testContext({ role: 'viewer' }), ['H016'], ind, []))).toBe('AUTH.READ_ONLY_ROLE');
    expect(attempt(() => requireResponsibleUnit(testContext({ role: 'auditor' }), ['H016'], ind, []))).toBe('AUTH.READ_ONLY_ROLE');
    expect(attempt(() => requireResponsibleUnit(testContext({ role: 'unit', unit: null }), ['H016'], ind, []))).toBe('AUTH.UNIT_REQUIRED');
  });
});
