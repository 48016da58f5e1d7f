import { EventFactory } from '../../testing/event-factory';
import { InMemoryHistory } from '../../testing/in-memory-history';
import { directiveTrackerProjection } from './directive-tracker.projection';
import { DirectiveTrackerQuery } from './directive-tracker.query';

const known = new Date('2030-01-01T00:00:00Z');
const task = (taskId: string, lead: string, dueDate: string) => ({
  taskId, titleVi: `Nhiệm vụ ${taskId}`, titleEn: `Task ${taskId}`, lead, coordinating: ['SYT'], dueDate, indicatorIds: [],
});

function given() {
  const f = new EventFactory();
  const d = { directiveId: 'tb-07' };
  return new DirectiveTrackerQuery(new InMemoryHistory([directiveTrackerProjection]).given([
    f.event('DirectiveIssued', {
      directiveId: 'tb-07', programId: 'hn-08-2021', document: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' }, issuer: 'BCĐ 08',
      titleVi: 'Thông báo kết luận 07', titleEn: 'Notice 07', summary: 'Rà soát chỉ tiêu', issuedOn: '2023-06-06',
      tasks: [task('t1', 'SLDTBXH', '2023-07-31'), task('t2', 'Q-001', '2023-09-30'), task('t3', 'Q-002', '2023-08-10')],
    }, { on: '2023-06-06' }),
    f.event('TaskAcknowledged', { ...d, taskId: 't1', unitCode: 'SLDTBXH', note: null }, { on: '2023-06-10' }),
    f.event('TaskCompleted', { ...d, taskId: 't1', unitCode: 'SLDTBXH', evidence: 'Báo cáo', evidenceDocument: null }, { on: '2023-07-20' }),
    f.event('TaskProgressReported', { ...d, taskId: 't2', unitCode: 'Q-001', percent: 40, note: 'đang rà soát' }, { on: '2023-07-01' }),
    f.event('TaskDeadlineExtended', { ...d, taskId: 't3', oldDueDate: '2023-08-10', newDueDate: '2023-10-31' }, { on: '2023-08-20', recorded: '2023-08-21T03:00:00Z' }),
  ]));
}

describe('directive-tracker read model', () => {
  it('given a notice with three tasks, then each task has its status, due date and overdue flag as of a date', async () => {
    const tasks = await given().tasks({ asOf: '2023-08-15', knownAt: known });
    expect(tasks.map((t) => [t.taskId, t.status, t.dueDate, t.overdue])).toEqual([
      ['t1', 'completed', '2023-07-31', false],
      ['t3', 'assigned', '2023-08-10', true],
      ['t2', 'in_progress', '2023-09-30', false],
    ]);
    expect(tasks.find((t) => t.taskId === 't3')).toMatchObject({ daysOverdue: 5, documentNumber: '07/TB-BCĐ' });
  });

  it('given a deadline extension dated later, then the task is overdue before it and not after it', async () => {
    const q = given();
    expect((await q.tasks({ asOf: '2023-08-15', knownAt: known }, { status: 'overdue' })).map((t) => t.taskId)).toEqual(['t3']);
    expect(await q.tasks({ asOf: '2023-08-25', knownAt: known }, { status: 'overdue' })).toEqual([]);
  });

  it('given the extension was not yet recorded at knownAt, then the task is still overdue on a later date', async () => {
    const overdue = await given().tasks({ asOf: '2023-08-25', knownAt: new Date('2023-08-20T23:00:00Z') }, { status: 'overdue' });
    expect(overdue.map((t) => t.taskId)).toEqual(['t3']);
  });

  it('filters tasks by unit, leading or coordinating, and open status', async () => {
    const q = given();
    const w = { asOf: '2023-08-15', knownAt: known };
    expect((await q.tasks(w, { unit: 'Q-001' })).map((t) => t.taskId)).toEqual(['t2']);
    expect((await q.tasks(w, { unit: 'SYT', status: 'open' })).map((t) => t.taskId)).toEqual(['t3', 't2']);
  });

  it('shows a directive with its tasks, and nothing before its issue date', async () => {
    const q = given();
    expect((await q.one('tb-07', { asOf: '2023-08-15', knownAt: known }))?.tasks).toHaveLength(3);
    expect(await q.one('tb-07', { asOf: '2023-06-05', knownAt: known })).toBeNull();
  });
});
