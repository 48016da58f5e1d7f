import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ExtendTaskDeadlinePayload } from './extend-task-deadline.schema';

export class ExtendTaskDeadlineCommand extends Command<CommandResult> {
  constructor(readonly payload: ExtendTaskDeadlinePayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
