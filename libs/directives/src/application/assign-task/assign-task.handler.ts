import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { loadTaskFacts } from '../directive-facts';
import { AssignTaskCommand } from './assign-task.command';
import { assignTaskSchema } from './assign-task.schema';

@CommandHandler(AssignTaskCommand)
export class AssignTaskHandler implements ICommandHandler<AssignTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: AssignTaskCommand): Promise<CommandResult> {
    const data = parsePayload(assignTaskSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.task.taskId, decider: directiveDecider, context, expectedVersion,
      command: async () => ({ type: 'AssignTask' as const, data, ...(await loadTaskFacts(this.store, [data.task])) }),
    });
  }
}
