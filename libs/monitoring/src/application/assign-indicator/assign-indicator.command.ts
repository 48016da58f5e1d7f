import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { AssignIndicatorPayload } from './assign-indicator.schema';

export class AssignIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: AssignIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
