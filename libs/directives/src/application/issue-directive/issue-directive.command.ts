import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { IssueDirectivePayload } from './issue-directive.schema';

export class IssueDirectiveCommand extends Command<CommandResult> {
  constructor(readonly payload: IssueDirectivePayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
