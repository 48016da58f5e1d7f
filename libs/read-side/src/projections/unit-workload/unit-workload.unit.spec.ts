import { EventFactory, defined } from '../../testing/event-factory';
import { InMemoryHistory } from '../../testing/in-memory-history';
import { directiveTrackerProjection } from '../directive-tracker/directive-tracker.projection';
import { indicatorStatusProjection } from '../indicator-status/indicator-status.projection';
import { unitWorkloadProjection } from './unit-workload.projection';
import { UnitWorkloadQuery } from './unit-workload.query';

const P = 'hn-08-2021';
const known = new Date('2030-01-01T00:00:00Z');
const unit = (code: string, nameVi: string) => ({ code, nameVi, nameEn: nameVi, kind: 'district', parentCode: null, statisticsCode: null, districtType: 'quan' });
const task = (taskId: string, lead: string, dueDate: string, coordinating: string[] = []) => ({ taskId, titleVi: taskId, titleEn: taskId, lead, coordinating, dueDate, indicatorIds: [] });

function given() {
  const f = new EventFactory();
  return new UnitWorkloadQuery(new InMemoryHistory([unitWorkloadProjection, indicatorStatusProjection, directiveTrackerProjection]).given([
    f.event('UnitRegistered', unit('Q-007', 'Hai Bà Trưng'), { on: '2021-01-01' }),
    f.event('UnitRegistered', unit('Q-001', 'Ba Đình'), { on: '2021-01-01' }),
    f.event('UnitRegistered', unit('Q-005', 'Cầu Giấy'), { on: '2021-01-01' }),
    f.event('UnitRegistered', unit('Q-002', 'Hoàn Kiếm'), { on: '2021-01-01' }),
    f.event('IndicatorDefined', defined(P, 'CT-01'), { on: '2021-03-17' }),
    f.event('IndicatorAssigned', { indicatorId: `${P}.CT-01`, lead: 'Q-001', coordinating: ['Q-005'], effectiveDate: '2021-03-17' }, { on: '2021-03-17' }),
    f.event('ValueReported', {
      indicatorId: `${P}.CT-01`, reportId: 'r1', period: '2022', value: 10, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit: 'Q-001',
    }, { on: '2023-03-15' }),
    f.event('ValueReported', {
      indicatorId: `${P}.CT-01`, reportId: 'r2', period: '2023-H1', value: 6, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit: 'Q-001',
    }, { on: '2023-07-20' }),
    f.event('DirectiveIssued', {
      directiveId: 'tb-07', programId: P, document: { issuer: 'BCĐ', number: '07/TB-BCĐ', date: '2023-06-06' }, issuer: 'BCĐ', titleVi: 'TB 07', titleEn: 'N 07',
      summary: '', issuedOn: '2023-06-06',
      tasks: [task('t1', 'Q-001', '2023-07-31'), task('t2', 'Q-001', '2023-08-20'), task('t3', 'Q-002', '2023-12-31', ['Q-001']), task('t4', 'Q-001', '2023-06-30')],
    }, { on: '2023-06-06' }),
    f.event('TaskCompleted', { directiveId: 'tb-07', taskId: 't4', unitCode: 'Q-001', evidence: 'x', evidenceDocument: null }, { on: '2023-06-25' }),
    f.event('UnitMerged', { code: 'Q-002', intoCode: 'Q-001', effectiveDate: '2025-07-01' }, { on: '2025-07-01' }),
  ]));
}

describe('unit-workload read model', () => {
  it('given assignments, tasks and reports, then a unit sees what it leads, coordinates, owes and reported late', async () => {
    const w = await given().workload('Q-001', { asOf: '2023-08-10', knownAt: known });
    expect(w?.indicators).toEqual({ led: [`${P}.CT-01`], coordinated: [] });
    expect(w?.tasks).toMatchObject({ open: 3, dueSoon: 1, overdue: 1, completed: 1 });
    // 2022 was due by 2023-01-30 (period end + 30 days); H1 2023 by 2023-07-30.
    expect(w?.reports).toMatchObject({ submitted: 2, late: 1, lateItems: [{ period: '2022', deadline: '2023-01-30' }] });
  });

  it('given a merger, then the surviving unit answers for the merged one from the merger date', async () => {
    const q = given();
    expect((await q.workload('Q-001', { asOf: '2025-06-30', knownAt: known }))?.accountableFor).toEqual(['Q-001']);
    const after = await q.workload('Q-001', { asOf: '2025-07-01', knownAt: known });
    expect(after?.accountableFor).toEqual(['Q-001', 'Q-002']);
    expect(after?.tasks.items.find((t) => t.taskId === 't3')?.role).toBe('lead');
  });

  it('lists units in Vietnamese order and finds no unknown unit', async () => {
    const q = given();
    expect((await q.units({ asOf: '2023-08-02', knownAt: known })).map((u) => u.nameVi)).toEqual(['Ba Đình', 'Cầu Giấy', 'Hai Bà Trưng', 'Hoàn Kiếm']);
    expect(await q.workload('X-999', { asOf: '2023-08-02', knownAt: known })).toBeNull();
  });
});
