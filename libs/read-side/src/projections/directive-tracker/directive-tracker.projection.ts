import type { RecordedEvent } from '@chitieu/event-store';
import type { DirectiveEvent } from '@chitieu/directives';
import type { ResponsibilitiesTransferred } from '@chitieu/organisation';
import { historyRows, historyTable, type Fact } from '../../projector/history';
import type { Projection } from '../../projector/projection';

export const DIRECTIVE_HISTORY = 'rm_directive_history';

/**
 * Facts per directive (subject: directive id, scope: program) and per task (subject: task id,
 * scope: directive id), each from its business date:
 * - DirectiveIssued: `directive`, and `task` for each task it carries, from the issue date;
 * - TaskAssigned: `task`; TaskAcknowledged: `acknowledged`; TaskProgressReported: `progress`;
 *   TaskCompleted: `completed`; TaskDeadlineExtended: `deadline`; TaskCancelled: `cancelled`,
 *   from the event's business date;
 * - TaskWentOverdue: `overdue_detected` from the detection date (the tracker computes overdue
 *   itself for any date; this records when the watcher noticed);
 * - ResponsibilitiesTransferred: `transfer` for each listed task, from its effective date.
 */
export function directiveFacts(event: RecordedEvent): Fact[] {
  const e = event as unknown as DirectiveEvent | ResponsibilitiesTransferred;
  const on = event.metadata.occurredAt;
  const taskFact = (kind: string, d: { directiveId: string; taskId: string }, payload: object, effectiveDate = on): Fact => ({
    kind, subject: d.taskId, scope: d.directiveId, effectiveDate, payload: payload as Record<string, unknown>,
  });
  switch (e.type) {
    case 'DirectiveIssued': {
      const { tasks, ...directive } = e.data;
      return [
        { kind: 'directive', subject: directive.directiveId, scope: directive.programId, effectiveDate: directive.issuedOn, payload: directive },
        ...tasks.map((t) => taskFact('task', { directiveId: directive.directiveId, taskId: t.taskId }, t, directive.issuedOn)),
      ];
    }
    case 'TaskAssigned':
      return [taskFact('task', { directiveId: e.data.directiveId, taskId: e.data.task.taskId }, e.data.task)];
    case 'TaskAcknowledged':
      return [taskFact('acknowledged', e.data, e.data)];
    case 'TaskProgressReported':
      return [taskFact('progress', e.data, e.data)];
    case 'TaskCompleted':
      return [taskFact('completed', e.data, e.data)];
    case 'TaskDeadlineExtended':
      return [taskFact('deadline', e.data, e.data)];
    case 'TaskCancelled':
      return [taskFact('cancelled', e.data, e.data)];
    case 'TaskWentOverdue':
      return [taskFact('overdue_detected', e.data, e.data, e.data.detectedOn)];
    case 'ResponsibilitiesTransferred':
      return e.data.taskIds.map((taskId) => ({
        kind: 'transfer', subject: taskId, effectiveDate: e.data.effectiveDate, payload: { fromCode: e.data.fromCode, toCode: e.data.toCode },
      }));
    default:
      return [];
  }
}

export const directiveTrackerProjection: Projection = {
  name: 'directive-tracker',
  tables: [historyTable(DIRECTIVE_HISTORY)],
  handles: [
    'DirectiveIssued', 'TaskAssigned', 'TaskAcknowledged', 'TaskProgressReported', 'TaskCompleted', 'TaskDeadlineExtended',
    'TaskCancelled', 'TaskWentOverdue', 'ResponsibilitiesTransferred',
  ],
  rowsFor: (event) => historyRows(DIRECTIVE_HISTORY, event, directiveFacts(event)),
};
