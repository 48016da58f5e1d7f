import type { HistorySource } from '../../projector/history';
import { knownBound, type TimeWindow } from '../indicator-status/indicator-status.query';
import { DIRECTIVE_HISTORY } from './directive-tracker.projection';
import { foldDirectives, isOpen, type DirectiveView, type TaskView } from './directive-tracker.state';

/** Task filters: a status, `open`, or `overdue` (open past its due date as of the date). */
export const TASK_FILTERS = ['open', 'overdue', 'assigned', 'acknowledged', 'in_progress', 'completed', 'cancelled'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

export type TaskRow = TaskView & { readonly documentNumber: string; readonly directiveTitleVi: string; readonly issuedOn: string };

export class DirectiveTrackerQuery {
  constructor(private readonly source: HistorySource) {}

  async directives(w: TimeWindow, programId?: string): Promise<DirectiveView[]> {
    const rows = await this.source.read(DIRECTIVE_HISTORY, { asOf: w.asOf, knownAt: knownBound(w) });
    const all = foldDirectives(rows, w.asOf);
    return programId ? all.filter((d) => d.programId === programId) : all;
  }

  async one(directiveId: string, w: TimeWindow): Promise<DirectiveView | null> {
    const own = await this.source.read(DIRECTIVE_HISTORY, { scopes: [directiveId], asOf: w.asOf, knownAt: knownBound(w) });
    const head = await this.source.read(DIRECTIVE_HISTORY, { subjects: [directiveId, ...new Set(own.map((r) => r.subject))], asOf: w.asOf, knownAt: knownBound(w) });
    return foldDirectives(head, w.asOf).find((d) => d.directiveId === directiveId) ?? null;
  }

  /** Every task with its directive, filtered by status and by unit (leading or coordinating). */
  async tasks(w: TimeWindow, filter: { status?: TaskFilter; unit?: string; programId?: string } = {}): Promise<TaskRow[]> {
    const directives = await this.directives(w, filter.programId);
    return directives
      .flatMap((d) => d.tasks.map((t) => ({ ...t, documentNumber: d.document.number, directiveTitleVi: d.titleVi, issuedOn: d.issuedOn })))
      .filter((t) => !filter.unit || t.lead === filter.unit || t.coordinating.includes(filter.unit))
      .filter((t) => !filter.status || matchesStatus(t, filter.status))
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.taskId < b.taskId ? -1 : 1));
  }
}

export function matchesStatus(t: TaskView, f: TaskFilter): boolean {
  if (f === 'open') return isOpen(t);
  if (f === 'overdue') return t.overdue;
  return t.status === f;
}
