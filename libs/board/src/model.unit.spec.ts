import { daysBetween } from './assets/format';
import { filterIndicators, groupUrgent, headPositionOf, itemsOf, latestValue, nextCursorOf, tasksOf, taskUrgency } from './assets/model';

const indicator = (code: string, group: string, lead: string, status: string | null, coordinating: string[] = []) => ({
  id: `hn-08-2021.${code}`, code, group, lead, coordinating, annual: { status }, term: { status: null }, values: [],
});

describe('board model: what the page makes of the query API', () => {
  it('reads a bare list and a paged envelope alike', () => {
    expect(itemsOf([1, 2])).toEqual([1, 2]);
    expect(itemsOf({ items: [3], nextCursor: 'c2' })).toEqual([3]);
    expect(nextCursorOf({ items: [3], nextCursor: 'c2' })).toBe('c2');
    expect(nextCursorOf([3])).toBeNull();
    expect(itemsOf({ type: 'about:blank', status: 401 })).toEqual([]);
  });

  it('shows as latest the value about the latest period, whatever order they came in', () => {
    const latest = latestValue({ values: [{ period: '2023-H1', periodEnd: '2023-06-30' }, { period: '2022', periodEnd: '2022-12-31' }] });
    expect(latest.period).toBe('2023-H1');
    expect(latestValue({})).toBeNull();
  });

  it('filters by group, by a unit that leads or coordinates, and by status where met includes exceeded', () => {
    const all = [
      indicator('CT-1', 'A', 'SLDTBXH', 'exceeded'),
      indicator('CT-2', 'A', 'SYT', 'difficult', ['SLDTBXH']),
      indicator('CT-3', 'B', 'SYT', 'met'),
      indicator('CT-4', 'B', 'BHXH', null),
    ];
    const codes = (xs: { code: string }[]) => xs.map((x) => x.code);
    expect(codes(filterIndicators(all, { group: 'B' }))).toEqual(['CT-3', 'CT-4']);
    expect(codes(filterIndicators(all, { unit: 'SLDTBXH' }))).toEqual(['CT-1', 'CT-2']);
    expect(codes(filterIndicators(all, { status: 'met' }))).toEqual(['CT-1', 'CT-3']);
    expect(codes(filterIndicators(all, { status: 'none' }))).toEqual(['CT-4']);
    expect(codes(filterIndicators(all, { group: 'A', status: 'difficult', unit: 'SYT' }))).toEqual(['CT-2']);
  });

  const directive = {
    directiveId: 'tb-07', document: { number: '07/TB-BCĐ', date: '2023-06-06' },
    tasks: [
      { taskId: 't1', titleVi: 'Rà soát chỉ tiêu', lead: 'SYT', dueDate: '2023-07-15', status: 'open' },
      { taskId: 't2', titleVi: 'Đề xuất chính sách', lead: 'SYT', dueDate: '2023-08-20', status: 'acknowledged' },
      { taskId: 't3', titleVi: 'Đã xong', lead: 'SLDTBXH', dueDate: '2023-07-01', status: 'completed' },
      { taskId: 't4', titleVi: 'Còn xa', lead: 'SLDTBXH', dueDate: '2023-12-31', status: 'open' },
    ],
  };

  it('calls a task overdue after its due date and due soon within 30 days; closed tasks are neither', () => {
    const [t1, t2, t3, t4] = tasksOf([directive]);
    expect(t1.directiveLabel).toBe('07/TB-BCĐ');
    expect(taskUrgency(t1, '2023-08-02', daysBetween)).toBe('overdue');
    expect(taskUrgency(t2, '2023-08-02', daysBetween)).toBe('due_soon');
    expect(taskUrgency(t3, '2023-08-02', daysBetween)).toBeNull();
    expect(taskUrgency(t4, '2023-08-02', daysBetween)).toBeNull();
    expect(taskUrgency(t1, '2023-07-01', daysBetween)).toBe('due_soon');
  });

  it("reads the tracker's flat task rows, labelled with their directive's document number", () => {
    const [row] = tasksOf([{ taskId: 't9', directiveId: 'tb-07', documentNumber: '07/TB-BCĐ', titleVi: 'Báo cáo', lead: 'SYT', dueDate: '2023-07-01', status: 'assigned', overdue: true }]);
    expect(row).toMatchObject({ taskId: 't9', directiveLabel: '07/TB-BCĐ', lead: 'SYT', overdueFlag: true });
    expect(taskUrgency(row, '2023-08-02', daysBetween)).toBe('overdue');
  });

  it('groups urgent tasks per unit, the units with most overdue first', () => {
    const groups = groupUrgent(tasksOf([directive]), '2023-08-02', daysBetween, (t) => t.lead);
    expect(groups).toHaveLength(1);
    expect(groups[0].key).toBe('SYT');
    expect(groups[0].overdue.map((t) => t.taskId)).toEqual(['t1']);
    expect(groups[0].dueSoon.map((t) => t.taskId)).toEqual(['t2']);
  });

  it('finds the head of the log in the health answer, and nothing in an answer without one', () => {
    expect(headPositionOf({ status: 'ok', checks: { database: { status: 'ok', headPosition: '1234' } } })).toBe('1234');
    expect(headPositionOf({ status: 'down' })).toBeNull();
  });
});
