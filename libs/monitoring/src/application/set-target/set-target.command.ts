import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { SetTargetPayload } from './set-target.schema';

export class SetTargetCommand extends Command<CommandResult> {
  constructor(readonly payload: SetTargetPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
