import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { AssessIndicatorCommand } from './assess-indicator.command';
import { assessIndicatorSchema } from './assess-indicator.schema';

@CommandHandler(AssessIndicatorCommand)
export class AssessIndicatorHandler implements ICommandHandler<AssessIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: AssessIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(assessIndicatorSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: () => ({ type: 'AssessIndicator' as const, data }),
    });
  }
}
