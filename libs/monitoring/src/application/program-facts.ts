import { loadState, type EventStore } from '@chitieu/event-store';
import type { ProgramFacts } from '../domain/indicator.commands';
import { programDecider } from '../domain/program.decider';
import { programStreamId } from '../domain/program.events';

/** The program's term and groups, for defining and revising its indicators; null if unknown. */
export async function loadProgramFacts(store: EventStore, programId: string): Promise<ProgramFacts | null> {
  const { state, exists } = await loadState(store, programStreamId(programId), programDecider);
  if (!exists) return null;
  return { termStart: state.termStart, termEnd: state.termEnd, groupCodes: state.groups.map((g) => g.code) };
}
