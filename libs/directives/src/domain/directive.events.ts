import type { DocumentRef, DomainEvent } from '@chitieu/kernel';

export interface TaskSpec {
  taskId: string;
  titleVi: string;
  titleEn: string;
  lead: string;
  coordinating: string[];
  /** YYYY-MM-DD */
  dueDate: string;
  indicatorIds: string[];
}

export type DirectiveIssued = DomainEvent<'DirectiveIssued', {
  directiveId: string;
  programId: string;
  /** e.g. { issuer: 'BCĐ Chương trình 08-CTr/TU', number: '07/TB-BCĐ', date: '2023-06-06' } */
  document: DocumentRef;
  issuer: string;
  titleVi: string;
  titleEn: string;
  summary: string;
  issuedOn: string;
  tasks: TaskSpec[];
}>;
/** A task added to a directive after it was issued. */
export type TaskAssigned = DomainEvent<'TaskAssigned', { directiveId: string; task: TaskSpec }>;
export type TaskAcknowledged = DomainEvent<'TaskAcknowledged', { directiveId: string; taskId: string; unitCode: string; note: string | null }>;
export type TaskProgressReported = DomainEvent<'TaskProgressReported', {
  directiveId: string;
  taskId: string;
  unitCode: string;
  percent: number | null;
  note: string;
}>;
export type TaskCompleted = DomainEvent<'TaskCompleted', {
  directiveId: string;
  taskId: string;
  unitCode: string;
  evidence: string;
  evidenceDocument: DocumentRef | null;
}>;
export type TaskDeadlineExtended = DomainEvent<'TaskDeadlineExtended', {
  directiveId: string;
  taskId: string;
  oldDueDate: string;
  newDueDate: string;
}>;
export type TaskCancelled = DomainEvent<'TaskCancelled', { directiveId: string; taskId: string }>;
/** Recorded by the deadline watcher when a task passes its due date unfinished. */
export type TaskWentOverdue = DomainEvent<'TaskWentOverdue', { directiveId: string; taskId: string; dueDate: string; detectedOn: string }>;

export type DirectiveEvent =
  | DirectiveIssued
  | TaskAssigned
  | TaskAcknowledged
  | TaskProgressReported
  | TaskCompleted
  | TaskDeadlineExtended
  | TaskCancelled
  | TaskWentOverdue;
export const directiveStreamId = (id: string) => `directive-${id}`;
