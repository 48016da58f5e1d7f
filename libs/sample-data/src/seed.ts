import type { CommandBus } from '@nestjs/cqrs';
import type { CommandResult } from '@chitieu/event-store';
import { program08Scenario } from './program-08/scenario';

export interface SeedOptions {
  onProgress?: (done: number, total: number, label: string) => void;
}
export interface SeedSummary {
  readonly commands: number;
  readonly events: number;
}

/**
 * Sends the Program 08-CTr/TU scenario through the same command handlers as HTTP, in order, on an
 * empty store (on a seeded one the first RegisterUnit fails with UNIT.ALREADY_EXISTS).
 */
export async function seedSampleData(commandBus: CommandBus, options: SeedOptions = {}): Promise<SeedSummary> {
  const steps = program08Scenario();
  let events = 0;
  for (const [i, step] of steps.entries()) {
    let result: CommandResult;
    try {
      result = await commandBus.execute(step.command);
    } catch (err) {
      if (err instanceof Error) err.message = `sample step ${step.label}: ${err.message}`;
      throw err;
    }
    events += result.eventIds.length;
    options.onProgress?.(i + 1, steps.length, step.label);
  }
  return { commands: steps.length, events };
}
