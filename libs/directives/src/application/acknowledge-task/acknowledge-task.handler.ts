import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type CommandResult, type EventStore } from '@chitieu/event-store';
import { parsePayload } from '@chitieu/organisation';
import type { AcknowledgeTask } from '../../domain/directive.commands';
import { handleUnitTaskCommand } from '../unit-task-command';
import { AcknowledgeTaskCommand } from './acknowledge-task.command';
import { acknowledgeTaskSchema } from './acknowledge-task.schema';

@CommandHandler(AcknowledgeTaskCommand)
export class AcknowledgeTaskHandler implements ICommandHandler<AcknowledgeTaskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: AcknowledgeTaskCommand): Promise<CommandResult> {
    const data = parsePayload(acknowledgeTaskSchema, payload);
    return handleUnitTaskCommand<AcknowledgeTask>(this.store, 'AcknowledgeTask', { ...data, note: data.note ?? null }, { context, expectedVersion });
  }
}
