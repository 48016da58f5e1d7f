import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { unitDecider } from '../../domain/unit.decider';
import { unitStreamId } from '../../domain/unit.events';
import { parsePayload } from '../schema-fields';
import { RenameUnitCommand } from './rename-unit.command';
import { renameUnitSchema } from './rename-unit.schema';

@CommandHandler(RenameUnitCommand)
export class RenameUnitHandler implements ICommandHandler<RenameUnitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: RenameUnitCommand): Promise<CommandResult> {
    const data = parsePayload(renameUnitSchema, payload);
    return handleCommand(this.store, {
      streamId: unitStreamId(data.code), resourceId: data.code, decider: unitDecider, context, expectedVersion,
      command: () => ({ type: 'RenameUnit' as const, data }),
    });
  }
}
