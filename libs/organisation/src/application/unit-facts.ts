import { loadState, type EventStore } from '@chitieu/event-store';
import type { Handover, KnownUnits } from '../domain/access.policy';
import { unitDecider } from '../domain/unit.decider';
import { unitStreamId } from '../domain/unit.events';

/** For cross-aggregate checks: which of these units exist, and whether they were merged. */
export async function loadKnownUnits(store: EventStore, codes: readonly string[]): Promise<KnownUnits> {
  const known: Record<string, { mergedInto: string | null }> = {};
  for (const code of new Set(codes)) {
    const { state, exists } = await loadState(store, unitStreamId(code), unitDecider);
    if (exists) known[code] = { mergedInto: state.mergedInto?.code ?? null };
  }
  return known;
}

/** Every hand-over from these units and, transitively, from the units that received them. */
export async function loadHandovers(store: EventStore, codes: readonly string[]): Promise<Handover[]> {
  const handovers: Handover[] = [];
  const pending = [...new Set(codes)];
  const seen = new Set<string>();
  while (pending.length > 0 && seen.size < 200) {
    const code = pending.pop()!;
    if (seen.has(code)) continue;
    seen.add(code);
    const { state } = await loadState(store, unitStreamId(code), unitDecider);
    handovers.push(...state.handovers);
    pending.push(...state.handovers.map((h) => h.to));
  }
  return handovers;
}
