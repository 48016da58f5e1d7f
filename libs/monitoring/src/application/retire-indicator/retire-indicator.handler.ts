import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { RetireIndicatorCommand } from './retire-indicator.command';
import { retireIndicatorSchema } from './retire-indicator.schema';

@CommandHandler(RetireIndicatorCommand)
export class RetireIndicatorHandler implements ICommandHandler<RetireIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: RetireIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(retireIndicatorSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: () => ({ type: 'RetireIndicator' as const, data }),
    });
  }
}
