import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { unitDecider } from '../../domain/unit.decider';
import { unitStreamId } from '../../domain/unit.events';
import { parsePayload } from '../schema-fields';
import { loadKnownUnits } from '../unit-facts';
import { RegisterUnitCommand } from './register-unit.command';
import { registerUnitSchema } from './register-unit.schema';

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: RegisterUnitCommand): Promise<CommandResult> {
    const data = parsePayload(registerUnitSchema, payload);
    return handleCommand(this.store, {
      streamId: unitStreamId(data.code), resourceId: data.code, decider: unitDecider, context, expectedVersion,
      command: async () => ({ type: 'RegisterUnit' as const, data, known: await loadKnownUnits(this.store, data.parentCode ? [data.parentCode] : []) }),
    });
  }
}
