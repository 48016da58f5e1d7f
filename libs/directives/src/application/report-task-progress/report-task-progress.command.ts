import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { ReportTaskProgressPayload } from './report-task-progress.schema';

export class ReportTaskProgressCommand extends Command<CommandResult> {
  constructor(readonly payload: ReportTaskProgressPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
