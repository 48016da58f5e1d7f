import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ReassignIndicatorPayload } from './reassign-indicator.schema';

export class ReassignIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: ReassignIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
