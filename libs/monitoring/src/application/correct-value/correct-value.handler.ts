import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadHandovers, parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { responsibleAt } from '../../domain/indicator.state';
import { CorrectValueCommand } from './correct-value.command';
import { correctValueSchema } from './correct-value.schema';

@CommandHandler(CorrectValueCommand)
export class CorrectValueHandler implements ICommandHandler<CorrectValueCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: CorrectValueCommand): Promise<CommandResult> {
    const data = parsePayload(correctValueSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.reportId, decider: indicatorDecider, context, expectedVersion,
      command: async (s) => ({ type: 'CorrectValue' as const, data, handovers: await loadHandovers(this.store, responsibleAt(s, context.occurredAt)) }),
    });
  }
}
