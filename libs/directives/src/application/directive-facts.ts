import { loadState, type EventStore } from '@chitieu/event-store';
import { indicatorDecider, indicatorStreamId, programDecider, programStreamId } from '@chitieu/monitoring';
import { loadKnownUnits } from '@chitieu/organisation';
import type { TaskFacts } from '../domain/directive.commands';
import type { TaskSpec } from '../domain/directive.events';

export async function programExists(store: EventStore, programId: string): Promise<boolean> {
  return (await loadState(store, programStreamId(programId), programDecider)).exists;
}

/** The units and indicators the tasks name, read from their streams. */
export async function loadTaskFacts(store: EventStore, tasks: readonly TaskSpec[]): Promise<TaskFacts> {
  const known = await loadKnownUnits(store, tasks.flatMap((t) => [t.lead, ...t.coordinating]));
  const knownIndicators: string[] = [];
  for (const id of new Set(tasks.flatMap((t) => t.indicatorIds))) {
    if ((await loadState(store, indicatorStreamId(id), indicatorDecider)).exists) knownIndicators.push(id);
  }
  return { known, knownIndicators };
}
