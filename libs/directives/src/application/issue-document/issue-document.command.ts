import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { IssueDocumentPayload } from './issue-document.schema';

export class IssueDocumentCommand extends Command<CommandResult> {
  constructor(readonly payload: IssueDocumentPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
