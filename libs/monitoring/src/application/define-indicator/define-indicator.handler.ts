import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadProgramFacts } from '../program-facts';
import { parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorId, indicatorStreamId } from '../../domain/indicator.events';
import { DefineIndicatorCommand } from './define-indicator.command';
import { defineIndicatorSchema } from './define-indicator.schema';

@CommandHandler(DefineIndicatorCommand)
export class DefineIndicatorHandler implements ICommandHandler<DefineIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: DefineIndicatorCommand): Promise<CommandResult> {
    const data = parsePayload(defineIndicatorSchema, payload);
    const id = indicatorId(data.programId, data.code);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(id), resourceId: id, decider: indicatorDecider, context, expectedVersion,
      command: async () => ({ type: 'DefineIndicator' as const, data, program: await loadProgramFacts(this.store, data.programId) }),
    });
  }
}
