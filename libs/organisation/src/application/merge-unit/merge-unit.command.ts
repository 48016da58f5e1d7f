import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { MergeUnitPayload } from './merge-unit.schema';

export class MergeUnitCommand extends Command<CommandResult> {
  constructor(readonly payload: MergeUnitPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
