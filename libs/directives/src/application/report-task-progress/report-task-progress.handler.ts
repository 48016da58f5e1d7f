import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadHandovers, parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { unitsOf } from '../task-units';
import { ReportTaskProgressCommand } from './report-task-progress.command';
import { reportTaskProgressSchema } from './report-task-progress.schema';

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReportTaskProgressCommand): Promise<CommandResult> {
    const data = parsePayload(reportTaskProgressSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.taskId, decider: directiveDecider, context, expectedVersion,
      command: async (s) => ({
        type: 'ReportTaskProgress' as const,
        data,
        handovers: await loadHandovers(this.store, unitsOf(s, data.taskId)),
      }),
    });
  }
}
