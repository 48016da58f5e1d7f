import { createHash } from 'node:crypto';
import type { NewEvent } from '@chitieu/event-store';
import { prepareAppend } from '../../libs/event-store/src/postgres/validate-append';

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

/**
 * Validates and hashes events grouped by stream, continuing each stream from its head: the same
 * checks as PostgresEventStore.append (prepareAppend) and the documented hash chain, computed
 * from the canonical texts directly rather than parsing and re-canonicalising them.
 */
export function prepareRows(events: readonly { streamId: string; event: NewEvent }[], heads: Map<string, StreamHead>, recordedAt: Date): ImportRow[] {
  const at = JSON.stringify(recordedAt.toISOString());
  return events.map(({ streamId, event }) => {
    const [p] = prepareAppend(streamId, [event]);
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
