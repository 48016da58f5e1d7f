import type { EventStore } from '@chitieu/event-store';

/** Answers whether a unit code is registered, from its stream; positive answers are cached. */
export interface UnitDirectory {
  exists(code: string): Promise<boolean>;
}
export const UNIT_DIRECTORY = Symbol('UNIT_DIRECTORY');

export class EventStoreUnitDirectory implements UnitDirectory {
  private readonly known = new Set<string>();
  constructor(private readonly store: EventStore) {}

  async exists(code: string): Promise<boolean> {
    if (this.known.has(code)) return true;
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(code)) return false;
    const events = await this.store.readStream(`unit-${code}`, { toVersion: 1 });
    if (events.length > 0) this.known.add(code);
    return events.length > 0;
  }
}
