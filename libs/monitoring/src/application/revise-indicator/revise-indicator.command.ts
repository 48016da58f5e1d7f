import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ReviseIndicatorPayload } from './revise-indicator.schema';

export class ReviseIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: ReviseIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
