import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { indicatorDecider } from '../../domain/indicator.decider';
import { indicatorStreamId } from '../../domain/indicator.events';
import { ReviseTargetCommand } from './revise-target.command';
import { reviseTargetSchema } from './revise-target.schema';

@CommandHandler(ReviseTargetCommand)
export class ReviseTargetHandler implements ICommandHandler<ReviseTargetCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: ReviseTargetCommand): Promise<CommandResult> {
    const data = parsePayload(reviseTargetSchema, payload);
    return handleCommand(this.store, {
      streamId: indicatorStreamId(data.indicatorId), resourceId: data.indicatorId, decider: indicatorDecider, context, expectedVersion,
      command: () => ({ type: 'ReviseTarget' as const, data }),
    });
  }
}
