import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { HoldReviewMeetingPayload } from './hold-review-meeting.schema';

export class HoldReviewMeetingCommand extends Command<CommandResult> {
  constructor(readonly payload: HoldReviewMeetingPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
