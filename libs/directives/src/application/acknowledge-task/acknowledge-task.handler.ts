import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadHandovers, parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { unitsOf } from '../task-units';
import { AcknowledgeTaskCommand } from './acknowledge-task.command';
import { acknowledgeTaskSchema } from './acknowledge-task.schema';

@CommandHandler(AcknowledgeTaskCommand)
export class AcknowledgeTaskHandler implements ICommandHandler<AcknowledgeTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: AcknowledgeTaskCommand): Promise<CommandResult> {
    const data = parsePayload(acknowledgeTaskSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: async (s) => ({
        type: 'AcknowledgeTask' as const,
        data: { ...data, note: data.note ?? null },
        handovers: await loadHandovers(this.store, unitsOf(s, data.taskId)),
      }),
    });
  }
}
