import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadProgramFacts } from '../program-facts';
import { parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { ReviseIndicatorCommand } from './revise-indicator.command';
import { reviseIndicatorSchema } from './revise-indicator.schema';

@CommandHandler(ReviseIndicatorCommand)
export class ReviseIndicatorHandler implements ICommandHandler<ReviseIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReviseIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(reviseIndicatorSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: async (s) => ({ type: 'ReviseIndicator' as const, data, program: await loadProgramFacts(this.store, s.programId) }),
    });
  }
}
