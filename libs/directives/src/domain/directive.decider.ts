import { assertNever, type CommandContext, type Decider } from '@chitieu/kernel';
import { checkBusinessDate, decideSafely } from '../../../organisation/src/domain/input-rules';
import type { DirectiveCommand } from './directive.commands';
import type { DirectiveEvent } from './directive.events';
import { assignTask, issue } from './directive.issue';
import { evolveDirective, initialDirectiveState, type DirectiveState } from './directive.state';
import { acknowledge, cancel, complete, extend, markOverdue, reportProgress } from './directive.tasks';

function decideDirective(c: DirectiveCommand, s: DirectiveState, context: CommandContext): DirectiveEvent[] {
  checkBusinessDate(context);
  switch (c.type) {
    case 'IssueDirective':
      return issue(c, s, context);
    case 'AssignTask':
      return assignTask(c, s, context);
    case 'AcknowledgeTask':
      return acknowledge(c, s, context);
    case 'ReportTaskProgress':
      return reportProgress(c, s, context);
    case 'CompleteTask':
      return complete(c, s, context);
    case 'ExtendTaskDeadline':
      return extend(c, s, context);
    case 'CancelTask':
      return cancel(c.data.directiveId, c.data.taskId, s, context);
    case 'MarkTaskOverdue':
      return markOverdue(c.data.directiveId, c.data.taskId, s, context);
    default:
      return assertNever(c);
  }
}

/** One directive's stream `directive-{id}`: the notice and its tasks. */
export const directiveDecider: Decider<DirectiveCommand, DirectiveEvent, DirectiveState> = {
  initialState: initialDirectiveState,
  evolve: evolveDirective,
  decide: (c, s, ctx) => decideSafely(() => decideDirective(c, s, ctx)),
};
