import { fold, type Decider, type DomainEvent } from '@chitieu/kernel';
import type { EventStore } from '../event-store.port';

/** Reads another aggregate's stream for a cross-aggregate check; `exists` is false for no events. */
export async function loadState<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>,
): Promise<{ state: S; exists: boolean; version: number }> {
  const recorded = await store.readStream(streamId);
  const state = fold(decider, recorded as unknown as E[]);
  return { state, exists: recorded.length > 0, version: recorded.length ? recorded[recorded.length - 1].version : 0 };
}
