import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import type { ReportTaskProgress } from '../../domain/directive.commands';
import { handleUnitTaskCommand } from '../unit-task-command';
import { ReportTaskProgressCommand } from './report-task-progress.command';
import { reportTaskProgressSchema } from './report-task-progress.schema';

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReportTaskProgressCommand): Promise<CommandResult> {
    const data = parsePayload(reportTaskProgressSchema, payload);
    return handleUnitTaskCommand<ReportTaskProgress>(this.store, 'ReportTaskProgress', data, { context, expectedVersion });
  }
}
