import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { unitDecider } from '../../domain/unit.decider';
import { unitStreamId } from '../../domain/unit.events';
import { parsePayload } from '../schema-fields';
import { loadKnownUnits } from '../unit-facts';
import { TransferResponsibilitiesCommand } from './transfer-responsibilities.command';
import { transferResponsibilitiesSchema } from './transfer-responsibilities.schema';

/** Appended to the giving unit's stream: its history shows what it handed on and when. */
@CommandHandler(TransferResponsibilitiesCommand)
export class TransferResponsibilitiesHandler implements ICommandHandler<TransferResponsibilitiesCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: TransferResponsibilitiesCommand): Promise<CommandResult> {
    const data = parsePayload(transferResponsibilitiesSchema, payload);
    return handleCommand(this.store, {
      streamId: unitStreamId(data.fromCode), resourceId: data.fromCode, decider: unitDecider, context, expectedVersion,
      command: async () => ({ type: 'TransferResponsibilities' as const, data, known: await loadKnownUnits(this.store, [data.toCode]) }),
    });
  }
}
