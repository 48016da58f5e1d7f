import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { ExtendTaskDeadlineCommand } from './extend-task-deadline.command';
import { extendTaskDeadlineSchema } from './extend-task-deadline.schema';

@CommandHandler(ExtendTaskDeadlineCommand)
export class ExtendTaskDeadlineHandler implements ICommandHandler<ExtendTaskDeadlineCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ExtendTaskDeadlineCommand): Promise<CommandResult> {
    const data = parsePayload(extendTaskDeadlineSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: () => ({ type: 'ExtendTaskDeadline' as const, data }),
    });
  }
}
