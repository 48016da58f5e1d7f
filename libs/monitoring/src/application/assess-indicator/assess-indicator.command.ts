import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { AssessIndicatorPayload } from './assess-indicator.schema';

export class AssessIndicatorCommand extends Command<CommandResult> {
  constructor(readonly payload: AssessIndicatorPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
