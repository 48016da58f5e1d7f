import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { AssignTaskPayload } from './assign-task.schema';

export class AssignTaskCommand extends Command<CommandResult> {
  constructor(readonly payload: AssignTaskPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
