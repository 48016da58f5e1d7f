import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { MarkTaskOverduePayload } from './mark-task-overdue.schema';

export class MarkTaskOverdueCommand extends Command<CommandResult> {
  constructor(readonly payload: MarkTaskOverduePayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
