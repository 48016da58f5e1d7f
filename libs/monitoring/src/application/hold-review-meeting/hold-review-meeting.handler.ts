import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { programDecider } from '../../domain/program.decider';
import { programStreamId } from '../../domain/program.events';
import { HoldReviewMeetingCommand } from './hold-review-meeting.command';
import { holdReviewMeetingSchema } from './hold-review-meeting.schema';

@CommandHandler(HoldReviewMeetingCommand)
export class HoldReviewMeetingHandler implements ICommandHandler<HoldReviewMeetingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: HoldReviewMeetingCommand): Promise<CommandResult> {
    const data = parsePayload(holdReviewMeetingSchema, payload);
    return handleCommand(this.store, {
      streamId: programStreamId(data.programId), resourceId: data.meetingId, decider: programDecider, context, expectedVersion,
      command: () => ({ type: 'HoldReviewMeeting' as const, data }),
    });
  }
}
