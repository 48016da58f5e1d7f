import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { RegisterUnitPayload } from './register-unit.schema';

export class RegisterUnitCommand extends Command<CommandResult> {
  constructor(readonly payload: RegisterUnitPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
