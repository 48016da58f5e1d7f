import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { PlanDocumentPayload } from './plan-document.schema';

export class PlanDocumentCommand extends Command<CommandResult> {
  constructor(readonly payload: PlanDocumentPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
