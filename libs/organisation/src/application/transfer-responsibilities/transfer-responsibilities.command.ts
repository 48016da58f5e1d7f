import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { TransferResponsibilitiesPayload } from './transfer-responsibilities.schema';

export class TransferResponsibilitiesCommand extends Command<CommandResult> {
  constructor(readonly payload: TransferResponsibilitiesPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
