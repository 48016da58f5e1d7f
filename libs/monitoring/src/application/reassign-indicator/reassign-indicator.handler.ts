import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadKnownUnits, parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { ReassignIndicatorCommand } from './reassign-indicator.command';
import { reassignIndicatorSchema } from './reassign-indicator.schema';

@CommandHandler(ReassignIndicatorCommand)
export class ReassignIndicatorHandler implements ICommandHandler<ReassignIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReassignIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(reassignIndicatorSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: async () => ({ type: 'ReassignIndicator' as const, data, known: await loadKnownUnits(this.store, [data.lead, ...data.coordinating]) }),
    });
  }
}
