import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@chitieu/kernel';
import type { CommandResult } from '@chitieu/event-store';
import type { LaunchProgramPayload } from './launch-program.schema';

export class LaunchProgramCommand extends Command<CommandResult> {
  constructor(readonly payload: LaunchProgramPayload, readonly context: CommandContext, readonly expectedVersion?: number) {
    super();
  }
}
