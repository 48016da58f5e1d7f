import { DomainError, type ErrorKind } from '@chitieu/kernel';
import { evolveDeadlines, initialDeadlineState, overdueTasks, taskKey, type DeadlineState, type WatchedEvent } from './deadline-tracker';

/**
 * What the watcher asks the write side to do. The real port dispatches the CQRS
 * MarkTaskOverdueCommand of libs/directives, which records TaskWentOverdue; the idempotency key
 * lets that handler derive its event id, so two watchers (or a retry) record it once.
 */
export interface MarkTaskOverdue {
  readonly directiveId: string;
  readonly taskId: string;
  readonly dueDate: string;
  /** YYYY-MM-DD, Hanoi time. */
  readonly detectedOn: string;
  readonly idempotencyKey: string;
}

export type SendCommand = (command: MarkTaskOverdue) => Promise<void>;

export interface DeadlineWatcherDeps {
  /** Today's date, YYYY-MM-DD (see hanoiToday); a fake clock in tests. */
  readonly today: () => string;
  readonly sendCommand: SendCommand;
}

/** A write side that said no by rule (task completed meanwhile, unknown task): not worth retrying. */
const REFUSALS: readonly ErrorKind[] = ['validation', 'unprocessable', 'not_found', 'forbidden', 'conflict'];
const isRefusal = (err: unknown): boolean => err instanceof DomainError && REFUSALS.includes(err.kind);

/**
 * Follows directive events and sends MarkTaskOverdue once per task and due date. It only acts
 * once its source has caught up, because while replaying history a task may look open whose
 * TaskCompleted has simply not been read yet.
 */
export class DeadlineWatcher {
  private state: DeadlineState = initialDeadlineState();
  private caughtUp = false;
  /** Commands sent (or refused by rule) per task, by due date, until the TaskWentOverdue arrives. */
  private readonly requested = new Map<string, string>();
  private error: Error | null = null;

  constructor(private readonly deps: DeadlineWatcherDeps) {}

  handle(event: WatchedEvent): void {
    this.state = evolveDeadlines(this.state, event);
  }

  markCaughtUp(): void {
    this.caughtUp = true;
  }

  isCaughtUp(): boolean {
    return this.caughtUp;
  }

  lastError(): Error | null {
    return this.error;
  }

  trackedTasks(): DeadlineState['tasks'] {
    return this.state.tasks;
  }

  /** Send a command for each task newly past its due date; returns what was sent. */
  async tick(): Promise<MarkTaskOverdue[]> {
    if (!this.caughtUp) return [];
    const today = this.deps.today();
    const sent: MarkTaskOverdue[] = [];
    for (const t of overdueTasks(this.state, today)) {
      const key = taskKey(t.directiveId, t.taskId);
      if (this.requested.get(key) === t.dueDate) continue;
      const command = { directiveId: t.directiveId, taskId: t.taskId, dueDate: t.dueDate, detectedOn: today, idempotencyKey: `overdue:${key}:${t.dueDate}` };
      try {
        await this.deps.sendCommand(command);
        this.requested.set(key, t.dueDate);
        sent.push(command);
      } catch (err) {
        // refused by a rule: remember it; anything else (store down, version race): next tick
        if (isRefusal(err)) this.requested.set(key, t.dueDate);
        else this.error = err instanceof Error ? err : new Error(String(err));
      }
    }
    return sent;
  }
}
