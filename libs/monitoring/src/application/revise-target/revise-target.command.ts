import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ReviseTargetPayload } from './revise-target.schema';

export class ReviseTargetCommand extends Command<CommandResult> {
  constructor(readonly payload: ReviseTargetPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
