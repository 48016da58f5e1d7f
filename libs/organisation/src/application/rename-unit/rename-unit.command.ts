import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { RenameUnitPayload } from './rename-unit.schema';

export class RenameUnitCommand extends Command<CommandResult> {
  constructor(readonly payload: RenameUnitPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
