import { DomainError, type CommandContext } from '@chitieu/kernel';
import { requireResponsibleUnit, requireStaff } from '../../../organisation/src/domain/access.policy';
import { documentRef, isoDate, optionalText, requireReason, requiredText } from '../../../organisation/src/domain/input-rules';
import type { AcknowledgeTask, CompleteTask, ExtendTaskDeadline, ReportTaskProgress } from './directive.commands';
import type { DirectiveEvent } from './directive.events';
import { existingDirective } from './directive.issue';
import { taskById, type DirectiveState, type TaskState } from './directive.state';

/** Work on one task: the units assigned to it act, the secretariat extends, cancels and marks overdue. */
export function openTask(s: DirectiveState, directiveId: string, taskId: string): TaskState {
  const t = taskById(existingDirective(s, directiveId), taskId);
  if (!t) throw new DomainError('TASK.NOT_FOUND', `Task ${taskId} is not part of directive ${directiveId}`, 'not_found', 'taskId');
  if (t.status === 'cancelled') throw new DomainError('TASK.CANCELLED', `Task ${taskId} was cancelled`, 'conflict', 'taskId');
  if (t.status === 'completed') throw new DomainError('TASK.ALREADY_COMPLETED', `Task ${taskId} is completed already`, 'conflict', 'taskId');
  return t;
}

type UnitTaskCommand = AcknowledgeTask | ReportTaskProgress | CompleteTask;

/** The assigned (or successor) unit acts; staff may act for the lead. Returns the acting unit. */
function actingUnit(c: UnitTaskCommand, s: DirectiveState, context: CommandContext): { task: TaskState; unitCode: string } {
  const task = openTask(s, c.data.directiveId, c.data.taskId);
  if (context.occurredAt < s.issuedOn) {
    throw new DomainError('TASK.BEFORE_ISSUE', `occurredAt ${context.occurredAt} is before the directive was issued (${s.issuedOn})`, 'unprocessable', 'occurredAt');
  }
  requireResponsibleUnit(context, [task.spec.lead, ...task.spec.coordinating], { kind: 'task', id: c.data.taskId }, c.handovers);
  return { task, unitCode: context.unit ?? task.spec.lead };
}

export function acknowledge(c: AcknowledgeTask, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  const { task, unitCode } = actingUnit(c, s, context);
  if (task.acknowledgedBy.includes(unitCode)) {
    throw new DomainError('TASK.ALREADY_ACKNOWLEDGED', `${unitCode} acknowledged task ${c.data.taskId} already`, 'conflict', 'taskId');
  }
  return [{ type: 'TaskAcknowledged', data: { directiveId: c.data.directiveId, taskId: c.data.taskId, unitCode, note: optionalText(c.data.note, 'note', 2000) } }];
}

export function reportProgress(c: ReportTaskProgress, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  const { unitCode } = actingUnit(c, s, context);
  const p = c.data.percent;
  if (p !== null && (!Number.isFinite(p) || p < 0 || p > 100)) {
    throw new DomainError('TASK.PERCENT_OUT_OF_RANGE', 'percent must lie between 0 and 100', 'unprocessable', 'percent');
  }
  const note = requiredText(c.data.note, 'note', 4000);
  return [{ type: 'TaskProgressReported', data: { directiveId: c.data.directiveId, taskId: c.data.taskId, unitCode, percent: p, note } }];
}

export function complete(c: CompleteTask, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  const { unitCode } = actingUnit(c, s, context);
  const evidence = requiredText(c.data.evidence, 'evidence', 4000);
  const evidenceDocument = c.data.evidenceDocument ? documentRef(c.data.evidenceDocument, 'evidenceDocument') : null;
  return [{ type: 'TaskCompleted', data: { directiveId: c.data.directiveId, taskId: c.data.taskId, unitCode, evidence, evidenceDocument } }];
}

export function extend(c: ExtendTaskDeadline, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  requireStaff(context, 'extend deadlines');
  const task = openTask(s, c.data.directiveId, c.data.taskId);
  requireReason(context, 'TASK.REASON_REQUIRED', 'Extending a deadline');
  const newDueDate = isoDate(c.data.newDueDate, 'newDueDate');
  if (newDueDate <= task.dueDate) {
    throw new DomainError('TASK.DEADLINE_NOT_LATER', `newDueDate must be after the current due date ${task.dueDate}`, 'unprocessable', 'newDueDate');
  }
  return [{ type: 'TaskDeadlineExtended', data: { directiveId: c.data.directiveId, taskId: c.data.taskId, oldDueDate: task.dueDate, newDueDate } }];
}

export function cancel(directiveId: string, taskId: string, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  requireStaff(context, 'cancel tasks');
  openTask(s, directiveId, taskId);
  requireReason(context, 'TASK.REASON_REQUIRED', 'Cancelling a task');
  return [{ type: 'TaskCancelled', data: { directiveId, taskId } }];
}

export function markOverdue(directiveId: string, taskId: string, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  requireStaff(context, 'mark tasks overdue');
  const task = openTask(s, directiveId, taskId);
  const detectedOn = context.occurredAt;
  if (detectedOn <= task.dueDate) {
    throw new DomainError('TASK.NOT_YET_DUE', `Task ${taskId} is due ${task.dueDate}; on ${detectedOn} it is not overdue`, 'unprocessable', 'occurredAt');
  }
  if (task.overdueFor === task.dueDate) {
    throw new DomainError('TASK.ALREADY_OVERDUE', `Task ${taskId} is marked overdue for ${task.dueDate} already`, 'conflict', 'taskId');
  }
  return [{ type: 'TaskWentOverdue', data: { directiveId, taskId, dueDate: task.dueDate, detectedOn } }];
}
