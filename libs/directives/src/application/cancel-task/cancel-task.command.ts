import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { CancelTaskPayload } from './cancel-task.schema';

export class CancelTaskCommand extends Command<CommandResult> {
  constructor(readonly payload: CancelTaskPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
