import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { unitDecider } from '../../domain/unit.decider';
import { unitStreamId } from '../../domain/unit.events';
import { parsePayload } from '../schema-fields';
import { loadKnownUnits } from '../unit-facts';
import { MergeUnitCommand } from './merge-unit.command';
import { mergeUnitSchema } from './merge-unit.schema';

@CommandHandler(MergeUnitCommand)
export class MergeUnitHandler implements ICommandHandler<MergeUnitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: MergeUnitCommand): Promise<CommandResult> {
    const data = parsePayload(mergeUnitSchema, payload);
    return handleCommand(this.store, {
      streamId: unitStreamId(data.code), resourceId: data.code, decider: unitDecider, context, expectedVersion,
      command: async () => ({ type: 'MergeUnit' as const, data, known: await loadKnownUnits(this.store, [data.intoCode]) }),
    });
  }
}
