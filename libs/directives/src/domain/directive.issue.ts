import { DomainError, type CommandContext } from '@chitieu/kernel';
import { requireActiveUnits, requireStaff } from '../../../organisation/src/domain/access.policy';
import { code, documentRef, isoDate, notAfterToday, requiredText } from '../../../organisation/src/domain/input-rules';
import type { AssignTask, IssueDirective, TaskFacts } from './directive.commands';
import type { DirectiveEvent, TaskSpec } from './directive.events';
import type { DirectiveState } from './directive.state';

/** Issuing a directive and adding tasks to it: the secretariat records what the committee decided. */
function checkTask(t: TaskSpec, issuedOn: string, facts: TaskFacts, at: string): TaskSpec {
  const dueDate = isoDate(t.dueDate, `${at}.dueDate`);
  if (dueDate < issuedOn) {
    throw new DomainError('TASK.DUE_BEFORE_ISSUE', `${at}.dueDate ${dueDate} is before the directive was issued (${issuedOn})`, 'unprocessable', `${at}.dueDate`);
  }
  if (t.coordinating.includes(t.lead)) {
    throw new DomainError('ASSIGNMENT.LEAD_ALSO_COORDINATING', `${t.lead} cannot both lead and coordinate`, 'validation', `${at}.coordinating`);
  }
  requireActiveUnits([t.lead], facts.known, `${at}.lead`);
  requireActiveUnits(t.coordinating, facts.known, `${at}.coordinating`);
  const unknown = t.indicatorIds.find((id) => !facts.knownIndicators.includes(id));
  if (unknown) throw new DomainError('INDICATOR.NOT_FOUND', `Indicator ${unknown} does not exist`, 'unprocessable', `${at}.indicatorIds`);
  return {
    taskId: code(t.taskId, `${at}.taskId`),
    titleVi: requiredText(t.titleVi, `${at}.titleVi`, 1000),
    titleEn: requiredText(t.titleEn, `${at}.titleEn`, 1000),
    lead: t.lead,
    coordinating: [...t.coordinating],
    dueDate,
    indicatorIds: [...t.indicatorIds],
  };
}

export function issue(c: IssueDirective, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  requireStaff(context, 'record directives');
  const d = c.data;
  if (s.directiveId) throw new DomainError('DIRECTIVE.ALREADY_EXISTS', `Directive ${d.directiveId} was already issued`, 'conflict', 'directiveId');
  if (!c.programExists) throw new DomainError('PROGRAM.NOT_FOUND', `Program ${d.programId} does not exist`, 'unprocessable', 'programId');
  const issuedOn = notAfterToday(d.issuedOn, 'issuedOn', context);
  const tasks = d.tasks.map((t, i) => checkTask(t, issuedOn, c, `tasks[${i}]`));
  const dup = tasks.find((t, i) => tasks.findIndex((u) => u.taskId === t.taskId) !== i);
  if (dup) throw new DomainError('TASK.DUPLICATE_ID', `Task id ${dup.taskId} appears twice`, 'validation', 'tasks');
  const data = {
    directiveId: code(d.directiveId, 'directiveId'),
    programId: d.programId,
    document: documentRef(d.document, 'document'),
    issuer: requiredText(d.issuer, 'issuer', 300),
    titleVi: requiredText(d.titleVi, 'titleVi', 500),
    titleEn: requiredText(d.titleEn, 'titleEn', 500),
    summary: requiredText(d.summary, 'summary', 4000),
    issuedOn,
    tasks,
  };
  return [{ type: 'DirectiveIssued', data }];
}

export function existingDirective(s: DirectiveState, directiveId: string): DirectiveState {
  if (!s.directiveId) throw new DomainError('DIRECTIVE.NOT_FOUND', `Directive ${directiveId} does not exist`, 'not_found', 'directiveId');
  return s;
}

export function assignTask(c: AssignTask, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  requireStaff(context, 'assign tasks');
  existingDirective(s, c.data.directiveId);
  const task = checkTask(c.data.task, s.issuedOn, c, 'task');
  if (task.taskId in s.tasks) throw new DomainError('TASK.DUPLICATE_ID', `Task ${task.taskId} exists already`, 'conflict', 'task.taskId');
  return [{ type: 'TaskAssigned', data: { directiveId: c.data.directiveId, task } }];
}
