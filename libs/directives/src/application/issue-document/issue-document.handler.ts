import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadKnownUnits, parsePayload } from '@chitieu/organisation';
import { documentDecider } from '../../domain/document.decider';
import { documentStreamId } from '../../domain/document.events';
import { programExists } from '../directive-facts';
import { IssueDocumentCommand } from './issue-document.command';
import { issueDocumentSchema } from './issue-document.schema';

@CommandHandler(IssueDocumentCommand)
export class IssueDocumentHandler implements ICommandHandler<IssueDocumentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: IssueDocumentCommand): Promise<CommandResult> {
    const data = parsePayload(issueDocumentSchema, payload);
    return handleCommand(this.store, {
      streamId: documentStreamId(data.documentId), resourceId: data.documentId, decider: documentDecider, context, expectedVersion,
      command: async () => ({
        type: 'IssueDocument' as const,
        data,
        programExists: await programExists(this.store, data.programId),
        known: await loadKnownUnits(this.store, data.proposedBy ? [data.proposedBy] : []),
      }),
    });
  }
}
