import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { CancelTaskCommand } from './cancel-task.command';
import { cancelTaskSchema } from './cancel-task.schema';

@CommandHandler(CancelTaskCommand)
export class CancelTaskHandler implements ICommandHandler<CancelTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: CancelTaskCommand): Promise<CommandResult> {
    const data = parsePayload(cancelTaskSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: () => ({ type: 'CancelTask' as const, data }),
    });
  }
}
