import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ReportValuePayload } from './report-value.schema';

export class ReportValueCommand extends Command<CommandResult> {
  constructor(readonly payload: ReportValuePayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
