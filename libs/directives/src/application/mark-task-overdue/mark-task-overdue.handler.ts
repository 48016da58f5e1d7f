import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { MarkTaskOverdueCommand } from './mark-task-overdue.command';
import { markTaskOverdueSchema } from './mark-task-overdue.schema';

@CommandHandler(MarkTaskOverdueCommand)
export class MarkTaskOverdueHandler implements ICommandHandler<MarkTaskOverdueCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: MarkTaskOverdueCommand): Promise<CommandResult> {
    const data = parsePayload(markTaskOverdueSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: () => ({ type: 'MarkTaskOverdue' as const, data }),
    });
  }
}
