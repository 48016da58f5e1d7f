import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { CompleteTaskPayload } from './complete-task.schema';

export class CompleteTaskCommand extends Command<CommandResult> {
  constructor(readonly payload: CompleteTaskPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
