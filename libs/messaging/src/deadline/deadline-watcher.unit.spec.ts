import { DomainError } from '@chitieu/kernel';
import type { DirectiveEvent, TaskSpec } from '@chitieu/directives';
import { hanoiToday, type WatchedEvent } from './deadline-tracker';
import { DeadlineWatcher, type MarkTaskOverdue } from './deadline-watcher';

const task = (taskId: string, dueDate: string): TaskSpec => ({
  taskId, titleVi: `Rà soát chỉ tiêu ${taskId}`, titleEn: `Review ${taskId}`, lead: 'SYTE', coordinating: [], dueDate, indicatorIds: [],
});
let n = 0;
const ev = (e: DirectiveEvent, eventId = `ev-${++n}`): WatchedEvent => ({ eventId, ...e });
const issued = (tasks: TaskSpec[]) => ev({
  type: 'DirectiveIssued',
  data: {
    directiveId: 'tb-07', programId: '08-CTr/TU', document: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' },
    issuer: 'BCĐ 08', titleVi: 'Thông báo kết luận', titleEn: 'Conclusion notice', summary: '', issuedOn: '2023-06-06', tasks,
  },
});

/** A watcher with a settable clock and a command port that records (or refuses) what it gets. */
function given(events: WatchedEvent[], today: string, send?: (c: MarkTaskOverdue) => Promise<void>) {
  const clock = { today };
  const sent: MarkTaskOverdue[] = [];
  const watcher = new DeadlineWatcher({ today: () => clock.today, sendCommand: send ?? (async (c) => void sent.push(c)) });
  events.forEach((e) => watcher.handle(e));
  watcher.markCaughtUp();
  return { watcher, clock, sent };
}

describe('deadline watcher', () => {
  it('marks a task overdue the day after its due date, not on it', async () => {
    const { watcher, clock, sent } = given([issued([task('t1', '2023-06-30')])], '2023-06-30');
    expect(await watcher.tick()).toEqual([]);
    clock.today = '2023-07-01';
    await watcher.tick();
    expect(sent).toEqual([{ directiveId: 'tb-07', taskId: 't1', dueDate: '2023-06-30', detectedOn: '2023-07-01', idempotencyKey: 'overdue:tb-07/t1:2023-06-30' }]);
  });

  it('leaves completed and cancelled tasks alone', async () => {
    const { watcher, sent } = given([
      issued([task('t1', '2023-06-30'), task('t2', '2023-06-30'), task('t3', '2023-06-30')]),
      ev({ type: 'TaskCompleted', data: { directiveId: 'tb-07', taskId: 't1', unitCode: 'SYTE', evidence: 'Báo cáo 15/BC', evidenceDocument: null } }),
      ev({ type: 'TaskCancelled', data: { directiveId: 'tb-07', taskId: 't2' } }),
    ], '2023-08-02');
    await watcher.tick();
    expect(sent.map((c) => c.taskId)).toEqual(['t3']);
  });

  it('sends once per task and due date, across ticks and before the TaskWentOverdue arrives', async () => {
    const { watcher, sent } = given([issued([task('t1', '2023-06-30')])], '2023-07-05');
    await watcher.tick();
    await watcher.tick();
    watcher.handle(ev({ type: 'TaskWentOverdue', data: { directiveId: 'tb-07', taskId: 't1', dueDate: '2023-06-30', detectedOn: '2023-07-05' } }));
    await watcher.tick();
    expect(sent).toHaveLength(1);
  });

  it('a redelivered event changes nothing: DirectiveIssued delivered again after an extension does not reset the due date', async () => {
    const extension = ev({ type: 'TaskDeadlineExtended', data: { directiveId: 'tb-07', taskId: 't1', oldDueDate: '2023-06-30', newDueDate: '2023-09-30' } });
    const first = issued([task('t1', '2023-06-30')]);
    const { watcher, sent } = given([first, extension, first, extension], '2023-08-02');
    expect(watcher.trackedTasks().get('tb-07/t1')).toMatchObject({ dueDate: '2023-09-30', status: 'open' });
    await watcher.tick();
    expect(sent).toEqual([]);
  });

  it('watches again after an overdue task gets a new deadline, and marks it overdue for the new date', async () => {
    const { watcher, clock, sent } = given([
      issued([task('t1', '2023-06-30')]),
      ev({ type: 'TaskWentOverdue', data: { directiveId: 'tb-07', taskId: 't1', dueDate: '2023-06-30', detectedOn: '2023-07-01' } }),
      ev({ type: 'TaskDeadlineExtended', data: { directiveId: 'tb-07', taskId: 't1', oldDueDate: '2023-06-30', newDueDate: '2023-09-30' } }),
    ], '2023-09-30');
    await watcher.tick();
    clock.today = '2023-10-01';
    await watcher.tick();
    expect(sent.map((c) => c.dueDate)).toEqual(['2023-09-30']);
  });

  it('does nothing while its source is still replaying history', async () => {
    const sent: MarkTaskOverdue[] = [];
    const watcher = new DeadlineWatcher({ today: () => '2023-08-02', sendCommand: async (c) => void sent.push(c) });
    watcher.handle(issued([task('t1', '2023-06-30')]));
    expect(await watcher.tick()).toEqual([]);
    watcher.markCaughtUp();
    expect(await watcher.tick()).toHaveLength(1);
  });

  it('retries next tick when the write side is down, but not when a rule refused the command', async () => {
    const answers = [new Error('store unavailable'), new DomainError('TASK.ALREADY_COMPLETED', 'done', 'conflict')];
    const calls: string[] = [];
    const { watcher } = given([issued([task('t1', '2023-06-30')])], '2023-07-02', async (c) => {
      calls.push(c.taskId);
      const answer = answers.shift();
      if (answer) throw answer;
    });
    await watcher.tick();
    expect(watcher.lastError()?.message).toBe('store unavailable');
    await watcher.tick();
    await watcher.tick();
    expect(calls).toEqual(['t1', 't1']);
  });

  it('tracks tasks added after issue and ignores events of other contexts', async () => {
    const { watcher, sent } = given([
      issued([]),
      ev({ type: 'TaskAssigned', data: { directiveId: 'tb-07', task: task('t9', '2023-07-15') } }),
      { eventId: 'x', type: 'ValueReported', data: { taskId: 't9' } },
    ], '2023-07-16');
    await watcher.tick();
    expect(sent.map((c) => c.taskId)).toEqual(['t9']);
  });
});

describe("Hanoi's date", () => {
  it('is UTC+7: 17:00 UTC on 30/06 is already 01/07 in Hanoi', () => {
    expect(hanoiToday(new Date('2023-06-30T16:59:59.999Z'))).toBe('2023-06-30');
    expect(hanoiToday(new Date('2023-06-30T17:00:00.000Z'))).toBe('2023-07-01');
  });
});
