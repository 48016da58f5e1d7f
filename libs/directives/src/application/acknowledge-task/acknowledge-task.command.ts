import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { AcknowledgeTaskPayload } from './acknowledge-task.schema';

export class AcknowledgeTaskCommand extends Command<CommandResult> {
  constructor(readonly payload: AcknowledgeTaskPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
