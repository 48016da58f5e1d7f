import { assertNever, ownEntry } from '@chitieu/kernel';
import type { DirectiveEvent, TaskSpec } from './directive.events';

export type TaskStatus = 'open' | 'completed' | 'cancelled';
export interface TaskState {
  readonly spec: TaskSpec;
  readonly dueDate: string;
  readonly status: TaskStatus;
  readonly acknowledgedBy: readonly string[];
  /** The due date it was marked overdue for; an extension clears it. */
  readonly overdueFor: string | null;
}
export interface DirectiveState {
  readonly directiveId: string | null;
  readonly programId: string;
  readonly issuedOn: string;
  readonly tasks: Readonly<Record<string, TaskState>>;
}

export const initialDirectiveState = (): DirectiveState => ({ directiveId: null, programId: '', issuedOn: '', tasks: {} });

const newTask = (spec: TaskSpec): TaskState => ({ spec, dueDate: spec.dueDate, status: 'open', acknowledgedBy: [], overdueFor: null });

/** A task by id, own keys only: a task id such as "constructor" must not find Object's members. */
export const taskById = (s: Pick<DirectiveState, 'tasks'>, taskId: string): TaskState | undefined => ownEntry(s.tasks, taskId);

function withTask(s: DirectiveState, taskId: string, change: (t: TaskState) => Partial<TaskState>): DirectiveState {
  const t = taskById(s, taskId)!;
  return { ...s, tasks: { ...s.tasks, [taskId]: { ...t, ...change(t) } } };
}

export function evolveDirective(s: DirectiveState, event: DirectiveEvent): DirectiveState {
  switch (event.type) {
    case 'DirectiveIssued': {
      const d = event.data;
      return { directiveId: d.directiveId, programId: d.programId, issuedOn: d.issuedOn, tasks: Object.fromEntries(d.tasks.map((t) => [t.taskId, newTask(t)])) };
    }
    case 'TaskAssigned':
      return { ...s, tasks: { ...s.tasks, [event.data.task.taskId]: newTask(event.data.task) } };
    case 'TaskAcknowledged':
      return withTask(s, event.data.taskId, (t) => ({ acknowledgedBy: [...t.acknowledgedBy, event.data.unitCode] }));
    case 'TaskProgressReported':
      return s;
    case 'TaskCompleted':
      return withTask(s, event.data.taskId, () => ({ status: 'completed' }));
    case 'TaskDeadlineExtended':
      return withTask(s, event.data.taskId, () => ({ dueDate: event.data.newDueDate, overdueFor: null }));
    case 'TaskCancelled':
      return withTask(s, event.data.taskId, () => ({ status: 'cancelled' }));
    case 'TaskWentOverdue':
      return withTask(s, event.data.taskId, () => ({ overdueFor: event.data.dueDate }));
    default:
      return assertNever(event);
  }
}
