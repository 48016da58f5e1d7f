import { assertNever } from '@chitieu/kernel';
import type { DirectiveEvent, TaskSpec } from '@chitieu/directives';

/**
 * What the deadline watcher knows about each task, folded from directive events. Pure: the
 * watcher feeds it events (from Kafka or the store) and asks it, with today's date, which tasks
 * are due to be marked overdue.
 */
export type TaskStatus = 'open' | 'completed' | 'cancelled';

export interface TrackedTask {
  readonly directiveId: string;
  readonly taskId: string;
  readonly dueDate: string;
  readonly status: TaskStatus;
  /** The due date a TaskWentOverdue was recorded for; a later extension reopens the watch. */
  readonly overdueFor: string | null;
}

export interface DeadlineState {
  readonly tasks: ReadonlyMap<string, TrackedTask>;
  /** Event ids already applied: a redelivered event changes nothing. */
  readonly seen: ReadonlySet<string>;
}

/** An event as the watcher receives it: any envelope with an id and the domain event. */
export interface WatchedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
}

export const DIRECTIVE_EVENT_TYPES: readonly DirectiveEvent['type'][] = [
  'DirectiveIssued', 'TaskAssigned', 'TaskAcknowledged', 'TaskProgressReported',
  'TaskCompleted', 'TaskDeadlineExtended', 'TaskCancelled', 'TaskWentOverdue',
];

export const taskKey = (directiveId: string, taskId: string): string => `${directiveId}/${taskId}`;
export const initialDeadlineState = (): DeadlineState => ({ tasks: new Map(), seen: new Set() });

const isDirectiveEvent = (e: WatchedEvent): e is WatchedEvent & DirectiveEvent =>
  (DIRECTIVE_EVENT_TYPES as readonly string[]).includes(e.type);

export function evolveDeadlines(state: DeadlineState, event: WatchedEvent): DeadlineState {
  if (!isDirectiveEvent(event) || state.seen.has(event.eventId)) return state;
  const tasks = new Map(state.tasks);
  applyTo(tasks, event);
  return { tasks, seen: new Set(state.seen).add(event.eventId) };
}

function applyTo(tasks: Map<string, TrackedTask>, e: DirectiveEvent): void {
  const open = (directiveId: string, t: TaskSpec) =>
    tasks.set(taskKey(directiveId, t.taskId), { directiveId, taskId: t.taskId, dueDate: t.dueDate, status: 'open', overdueFor: null });
  const update = (directiveId: string, taskId: string, change: Partial<TrackedTask>) => {
    const t = tasks.get(taskKey(directiveId, taskId));
    if (t) tasks.set(taskKey(directiveId, taskId), { ...t, ...change });
  };
  switch (e.type) {
    case 'DirectiveIssued':
      return e.data.tasks.forEach((t) => open(e.data.directiveId, t));
    case 'TaskAssigned':
      return void open(e.data.directiveId, e.data.task);
    case 'TaskCompleted':
      return update(e.data.directiveId, e.data.taskId, { status: 'completed' });
    case 'TaskCancelled':
      return update(e.data.directiveId, e.data.taskId, { status: 'cancelled' });
    case 'TaskDeadlineExtended':
      return update(e.data.directiveId, e.data.taskId, { dueDate: e.data.newDueDate });
    case 'TaskWentOverdue':
      return update(e.data.directiveId, e.data.taskId, { overdueFor: e.data.dueDate });
    case 'TaskAcknowledged':
    case 'TaskProgressReported':
      return; // progress does not change whether a deadline was met
    default:
      return assertNever(e);
  }
}

/**
 * Tasks that passed their due date unfinished and have no TaskWentOverdue for that date yet.
 * A task due on 30/06 is overdue from 01/07: the due day itself still counts as on time.
 */
export const overdueTasks = (state: DeadlineState, today: string): TrackedTask[] =>
  [...state.tasks.values()].filter((t) => t.status === 'open' && t.dueDate < today && t.overdueFor !== t.dueDate);

/** Today's date in Hanoi (UTC+7, no daylight saving), which is when deadlines fall. */
export const hanoiToday = (now: Date): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
