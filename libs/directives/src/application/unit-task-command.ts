import type { CommandContext } from '@chitieu/kernel';
import { handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadHandovers } from '@chitieu/organisation';
import type { AcknowledgeTask, CompleteTask, ReportTaskProgress } from '../domain/directive.commands';
import { directiveDecider } from '../domain/directive.decider';
import { directiveStreamId } from '../domain/directive.events';
import { unitsOf } from './task-units';

type UnitTaskCommand = AcknowledgeTask | ReportTaskProgress | CompleteTask;

/**
 * The commands a task's own units send (acknowledge, report progress, complete): load the
 * directive, the hand-overs of the task's units (the access policy follows them), decide, append.
 */
export function handleUnitTaskCommand<C extends UnitTaskCommand>(
  store: EventStore,
  type: C['type'],
  data: C['data'],
  command: { readonly context: CommandContext; readonly expectedVersion?: number },
): Promise<CommandResult> {
  return handleCommand(store, {
    streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider,
    context: command.context, expectedVersion: command.expectedVersion,
    command: async (s) => ({ type, data, handovers: await loadHandovers(store, unitsOf(s, data.taskId)) }) as UnitTaskCommand,
  });
}
