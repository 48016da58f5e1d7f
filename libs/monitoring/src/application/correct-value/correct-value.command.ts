import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { CorrectValuePayload } from './correct-value.schema';

export class CorrectValueCommand extends Command<CommandResult> {
  constructor(readonly payload: CorrectValuePayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
