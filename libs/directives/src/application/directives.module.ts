import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IssueDirectiveHandler } from './issue-directive/issue-directive.handler';
import { AssignTaskHandler } from './assign-task/assign-task.handler';
import { AcknowledgeTaskHandler } from './acknowledge-task/acknowledge-task.handler';
import { ReportTaskProgressHandler } from './report-task-progress/report-task-progress.handler';
import { CompleteTaskHandler } from './complete-task/complete-task.handler';
import { ExtendTaskDeadlineHandler } from './extend-task-deadline/extend-task-deadline.handler';
import { CancelTaskHandler } from './cancel-task/cancel-task.handler';
import { MarkTaskOverdueHandler } from './mark-task-overdue/mark-task-overdue.handler';
import { IssueDocumentHandler } from './issue-document/issue-document.handler';
import { PlanDocumentHandler } from './plan-document/plan-document.handler';

export const DIRECTIVES_HANDLERS = [
  IssueDirectiveHandler,
  AssignTaskHandler,
  AcknowledgeTaskHandler,
  ReportTaskProgressHandler,
  CompleteTaskHandler,
  ExtendTaskDeadlineHandler,
  CancelTaskHandler,
  MarkTaskOverdueHandler,
  IssueDocumentHandler,
  PlanDocumentHandler,
];

/** Directive and document command handlers. EVENT_STORE is provided by the app. */
@Module({ imports: [CqrsModule], providers: [...DIRECTIVES_HANDLERS] })
export class DirectivesModule {}
