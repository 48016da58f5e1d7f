import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { DefineIndicatorPayload } from './define-indicator.schema';

export class DefineIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: DefineIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
