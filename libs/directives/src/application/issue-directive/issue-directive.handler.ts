import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import { directiveDecider } from '../../domain/directive.decider';
import { directiveStreamId } from '../../domain/directive.events';
import { loadTaskFacts, programExists } from '../directive-facts';
import { IssueDirectiveCommand } from './issue-directive.command';
import { issueDirectiveSchema } from './issue-directive.schema';

@CommandHandler(IssueDirectiveCommand)
export class IssueDirectiveHandler implements ICommandHandler<IssueDirectiveCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: IssueDirectiveCommand): Promise<CommandResult> {
    const data = parsePayload(issueDirectiveSchema, payload);
    return handleCommand(this.store, {
      streamId: directiveStreamId(data.directiveId), resourceId: data.directiveId, decider: directiveDecider, context, expectedVersion,
      command: async () => ({
        type: 'IssueDirective' as const,
        data,
        programExists: await programExists(this.store, data.programId),
        ...(await loadTaskFacts(this.store, data.tasks)),
      }),
    });
  }
}
