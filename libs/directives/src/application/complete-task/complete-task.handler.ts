import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadHandovers, parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { unitsOf } from '../task-units';
import { CompleteTaskCommand } from './complete-task.command';
import { completeTaskSchema } from './complete-task.schema';

@CommandHandler(CompleteTaskCommand)
export class CompleteTaskHandler implements ICommandHandler<CompleteTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: CompleteTaskCommand): Promise<CommandResult> {
    const data = parsePayload(completeTaskSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: async (s) => ({
        type: 'CompleteTask' as const,
        data,
        handovers: await loadHandovers(this.store, unitsOf(s, data.taskId)),
      }),
    });
  }
}
