import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@chitieu/event-store';
import { loadKnownUnits, parsePayload } from '@chitieu/organisation';
import { programDecider } from '../../domain/program.decider';
import { programStreamId } from '../../domain/program.events';
import { LaunchProgramCommand } from './launch-program.command';
import { launchProgramSchema } from './launch-program.schema';

@CommandHandler(LaunchProgramCommand)
export class LaunchProgramHandler implements ICommandHandler<LaunchProgramCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, expectedVersion }: LaunchProgramCommand): Promise<CommandResult> {
    const data = parsePayload(launchProgramSchema, payload);
    return handleCommand(this.store, {
      streamId: programStreamId(data.programId), resourceId: data.programId, decider: programDecider, context, expectedVersion,
      command: async () => ({ type: 'LaunchProgram' as const, data, known: await loadKnownUnits(this.store, [data.standingAgency, data.steeringCommittee]) }),
    });
  }
}
