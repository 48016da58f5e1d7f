import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { idFor } from '@chitieu/kernel';
import { loadHandovers, parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { responsibleAt } from '../../domain/indicator.state';
import { ReportValueCommand } from './report-value.command';
import { reportValueSchema } from './report-value.schema';

@CommandHandler(ReportValueCommand)
export class ReportValueHandler implements ICommandHandler<ReportValueCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReportValueCommand): Promise<CommandResult> {
    const data = parsePayload(reportValueSchema, payload);
    const reportId = data.reportId ?? idFor(context, 'reportId');
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: reportId, decider: indicatorDecider, context, expectedVersion,
      command: async (s) => ({
        type: 'ReportValue' as const,
        data: { ...data, reportId, note: data.note ?? null },
        handovers: await loadHandovers(this.store, responsibleAt(s, context.occurredAt)),
      }),
    });
  }
}
