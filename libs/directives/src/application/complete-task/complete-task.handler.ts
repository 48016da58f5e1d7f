import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import type { CompleteTask } from '../../domain/directive.commands';
import { handleUnitTaskCommand } from '../unit-task-command';
import { CompleteTaskCommand } from './complete-task.command';
import { completeTaskSchema } from './complete-task.schema';

@CommandHandler(CompleteTaskCommand)
export class CompleteTaskHandler implements ICommandHandler<CompleteTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: CompleteTaskCommand): Promise<CommandResult> {
    const data = parsePayload(completeTaskSchema, payload);
    return handleUnitTaskCommand<CompleteTask>(this.store, 'CompleteTask', data, { context, expectedVersion });
  }
}
