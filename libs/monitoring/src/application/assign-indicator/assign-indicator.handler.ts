import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadKnownUnits, parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { AssignIndicatorCommand } from './assign-indicator.command';
import { assignIndicatorSchema } from './assign-indicator.schema';

@CommandHandler(AssignIndicatorCommand)
export class AssignIndicatorHandler implements ICommandHandler<AssignIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: AssignIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(assignIndicatorSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: async () => ({ type: 'AssignIndicator' as const, data, known: await loadKnownUnits(this.store, [data.lead, ...data.coordinating]) }),
    });
  }
}
