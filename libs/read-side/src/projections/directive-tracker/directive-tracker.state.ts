import type { DocumentRef } from '@chitieu/kernel';
import type { HistoryRow } from '../../projector/history';

export const TASK_STATUSES = ['assigned', 'acknowledged', 'in_progress', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskView {
  readonly taskId: string;
  readonly directiveId: string;
  readonly titleVi: string;
  readonly titleEn: string;
  lead: string;
  coordinating: string[];
  dueDate: string;
  readonly originalDueDate: string;
  readonly indicatorIds: readonly string[];
  readonly assignedOn: string;
  status: TaskStatus;
  percent: number | null;
  lastNote: string | null;
  acknowledgedOn: string | null;
  completedOn: string | null;
  cancelledOn: string | null;
  /** Open (not completed, not cancelled) with its due date before asOf. */
  overdue: boolean;
  daysOverdue: number;
}

export interface DirectiveView {
  readonly directiveId: string;
  readonly programId: string;
  readonly document: DocumentRef;
  readonly issuer: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly summary: string;
  readonly issuedOn: string;
  readonly tasks: TaskView[];
}

export const isOpen = (t: Pick<TaskView, 'status'>): boolean => t.status !== 'completed' && t.status !== 'cancelled';

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Folds directive and task facts of one (asOf, knownAt) window, in business order. */
export function foldDirectives(rows: readonly HistoryRow[], asOf: string): DirectiveView[] {
  const directives = new Map<string, DirectiveView>();
  const tasks = new Map<string, TaskView>();
  const ordered = [...rows].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : Number(a.position - b.position) || a.seq - b.seq));
  for (const r of ordered) {
    if (r.kind === 'directive') directives.set(r.subject, { ...(r.payload as unknown as Omit<DirectiveView, 'tasks'>), tasks: [] });
    else if (r.kind === 'task') tasks.set(r.subject, newTask(r));
    else {
      const t = tasks.get(r.subject);
      if (t) applyTaskFact(t, r);
    }
  }
  for (const t of tasks.values()) {
    t.overdue = isOpen(t) && t.dueDate < asOf;
    t.daysOverdue = t.overdue ? daysBetween(t.dueDate, asOf) : 0;
    directives.get(t.directiveId)?.tasks.push(t);
  }
  return [...directives.values()];
}

function newTask(r: HistoryRow): TaskView {
  const p = r.payload;
  return {
    taskId: r.subject,
    directiveId: r.scope ?? '',
    titleVi: p.titleVi as string,
    titleEn: p.titleEn as string,
    lead: p.lead as string,
    coordinating: [...(p.coordinating as string[])],
    dueDate: p.dueDate as string,
    originalDueDate: p.dueDate as string,
    indicatorIds: (p.indicatorIds as string[]) ?? [],
    assignedOn: r.effectiveDate,
    status: 'assigned',
    percent: null,
    lastNote: null,
    acknowledgedOn: null,
    completedOn: null,
    cancelledOn: null,
    overdue: false,
    daysOverdue: 0,
  };
}

function applyTaskFact(t: TaskView, r: HistoryRow): void {
  const p = r.payload;
  switch (r.kind) {
    case 'acknowledged':
      t.acknowledgedOn ??= r.effectiveDate;
      if (t.status === 'assigned') t.status = 'acknowledged';
      return;
    case 'progress':
      if (isOpen(t)) t.status = 'in_progress';
      t.percent = (p.percent as number | null) ?? t.percent;
      t.lastNote = p.note as string;
      return;
    case 'completed':
      t.status = 'completed';
      t.completedOn = r.effectiveDate;
      t.percent = 100;
      return;
    case 'cancelled':
      t.status = 'cancelled';
      t.cancelledOn = r.effectiveDate;
      return;
    case 'deadline':
      t.dueDate = p.newDueDate as string;
      return;
    case 'transfer':
      if (t.lead === p.fromCode) t.lead = p.toCode as string;
      t.coordinating = t.coordinating.map((c) => (c === p.fromCode ? (p.toCode as string) : c));
      return;
  }
}
