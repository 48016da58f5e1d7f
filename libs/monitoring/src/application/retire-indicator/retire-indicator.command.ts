import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { RetireIndicatorPayload } from './retire-indicator.schema';

export class RetireIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: RetireIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
