import type { DocumentRef } from '@chitieu/kernel';
import type { Handover, KnownUnits } from '../../../organisation/src/domain/access.policy';
import type { DirectiveIssued, TaskSpec } from './directive.events';

/** What the handler learnt from other streams before an issue or an assignment. */
export interface TaskFacts {
  /** Units named as lead or coordinating. */
  readonly known: KnownUnits;
  /** Ids of the indicators named by the tasks that exist. */
  readonly knownIndicators: readonly string[];
}

export type IssueDirective = {
  type: 'IssueDirective';
  /** What the event records (one definition keeps them in step). */
  data: DirectiveIssued['data'];
  programExists: boolean;
} & TaskFacts;
export type AssignTask = { type: 'AssignTask'; data: { directiveId: string; task: TaskSpec } } & TaskFacts;
export type AcknowledgeTask = { type: 'AcknowledgeTask'; data: { directiveId: string; taskId: string; note: string | null }; handovers: readonly Handover[] };
export type ReportTaskProgress = {
  type: 'ReportTaskProgress';
  data: { directiveId: string; taskId: string; percent: number | null; note: string };
  handovers: readonly Handover[];
};
export type CompleteTask = {
  type: 'CompleteTask';
  data: { directiveId: string; taskId: string; evidence: string; evidenceDocument: DocumentRef | null };
  handovers: readonly Handover[];
};
export type ExtendTaskDeadline = { type: 'ExtendTaskDeadline'; data: { directiveId: string; taskId: string; newDueDate: string } };
export type CancelTask = { type: 'CancelTask'; data: { directiveId: string; taskId: string } };
/** From the deadline watcher (role `system`) or the secretariat; detected on the business date. */
export type MarkTaskOverdue = { type: 'MarkTaskOverdue'; data: { directiveId: string; taskId: string } };

export type DirectiveCommand =
  | IssueDirective
  | AssignTask
  | AcknowledgeTask
  | ReportTaskProgress
  | CompleteTask
  | ExtendTaskDeadline
  | CancelTask
  | MarkTaskOverdue;
