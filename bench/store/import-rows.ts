import { createHash } from 'node:crypto';
import type { NewEvent } from '@chitieu/event-store';
import { prepareAppend, type PreparedEvent } from '../../libs/event-store/src/postgres/validate-append';

/** One row of the events table, ready to write: everything computed except the position. */
export interface ImportRow {
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  /** Canonical JSON text, as the append function receives it. */
  readonly data: string;
  readonly metadata: string;
  readonly hash: string;
  readonly prevHash: string | null;
}

export interface StreamHead {
  version: number;
  hash: string | null;
}

export interface ValidatedEvent {
  readonly streamId: string;
  readonly event: PreparedEvent;
}

/** The store's own checks (prepareAppend): the costly half of an import, independent of the heads. */
export function validateEvents(events: readonly { streamId: string; event: NewEvent }[]): ValidatedEvent[] {
  return events.map(({ streamId, event }) => ({ streamId, event: prepareAppend(streamId, [event])[0] }));
}

/** The same in slices, giving the event loop back between them so a write in flight can proceed. */
export async function validateInSlices(events: readonly { streamId: string; event: NewEvent }[], slice = 500): Promise<ValidatedEvent[]> {
  const out: ValidatedEvent[] = [];
  for (let i = 0; i < events.length; i += slice) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(...validateEvents(events.slice(i, i + slice)));
  }
  return out;
}

/**
 * Versions and the documented hash chain, each stream continued from its head, computed from the
 * canonical texts directly rather than parsing and re-canonicalising them.
 */
export function chainRows(events: readonly ValidatedEvent[], heads: Map<string, StreamHead>, recordedAt: Date): ImportRow[] {
  const at = JSON.stringify(recordedAt.toISOString());
  return events.map(({ streamId, event: p }) => {
    const head = heads.get(streamId) ?? { version: 0, hash: null };
    const version = head.version + 1;
    const text = `[${JSON.stringify(streamId)},${version},${JSON.stringify(p.eventId)},${JSON.stringify(p.type)},${p.data},${p.metadata},${at}]`;
    const h = createHash('sha256');
    if (head.hash) h.update(Buffer.from(head.hash, 'hex'));
    const hash = h.update(text, 'utf8').digest('hex');
    heads.set(streamId, { version, hash });
    return { streamId, version, eventId: p.eventId, type: p.type, data: p.data, metadata: p.metadata, hash, prevHash: head.hash };
  });
}

/** Validation and chain in one step (the COPY baseline's rows are made with it, untimed). */
export function prepareRows(events: readonly { streamId: string; event: NewEvent }[], heads: Map<string, StreamHead>, recordedAt: Date): ImportRow[] {
  return chainRows(validateEvents(events), heads, recordedAt);
}
