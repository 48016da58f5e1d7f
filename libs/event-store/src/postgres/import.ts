import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DomainError } from '@chitieu/kernel';
import { withTransaction, type SqlClient, type SqlPool } from '@chitieu/database';
import type { NewEvent } from '../event-store.port';
import { eventTextOf, hashLink } from '../hash-chain';
import { prepareAppend, type PreparedEvent } from './validate-append';

/** One historical event for a stream; it goes after whatever the stream already holds. */
export interface ImportEvent {
  readonly streamId: string;
  readonly event: NewEvent;
}

/** Well below the 2^20 positions one transaction owns (see event-store.sql.ts). */
export const MAX_IMPORT_BATCH = 50_000;

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

interface ValidatedEvent {
  readonly streamId: string;
  readonly event: PreparedEvent;
}

/** The store's own checks (prepareAppend): the costly half of an import, independent of the heads. */
function validateEvents(events: readonly ImportEvent[]): ValidatedEvent[] {
  return events.map(({ streamId, event }) => ({ streamId, event: prepareAppend(streamId, [event])[0] }));
}

/** The same in slices, giving the event loop back between them so a write in flight can proceed. */
async function validateInSlices(events: readonly ImportEvent[], slice = 500): Promise<ValidatedEvent[]> {
  const out: ValidatedEvent[] = [];
  for (let i = 0; i < events.length; i += slice) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(...validateEvents(events.slice(i, i + slice)));
  }
  return out;
}

/** Versions and the documented hash chain (hash-chain.ts), each stream continued from its head. */
function chainRows(events: readonly ValidatedEvent[], heads: Map<string, StreamHead>, recordedAt: Date): ImportRow[] {
  const at = recordedAt.toISOString();
  return events.map(({ streamId, event: p }) => {
    const head = heads.get(streamId) ?? { version: 0, hash: null };
    const version = head.version + 1;
    const hash = hashLink(head.hash, eventTextOf(streamId, version, p.eventId, p.type, p.data, p.metadata, at));
    heads.set(streamId, { version, hash });
    return { streamId, version, eventId: p.eventId, type: p.type, data: p.data, metadata: p.metadata, hash, prevHash: head.hash };
  });
}

/** Rows with versions and hashes for streams starting at `heads` (the COPY baseline of the bench makes its rows so). */
export function prepareImportRows(events: readonly ImportEvent[], heads: Map<string, StreamHead>, recordedAt: Date): ImportRow[] {
  return chainRows(validateEvents(events), heads, recordedAt);
}

/**
 * Bulk import of historical events: per batch one transaction that locks the batch's streams in
 * one order, takes positions from its transaction id exactly as chitieu_append does (so the
 * readers' visibility bound holds), and writes the rows with COPY on PostgreSQL (one multi-row
 * INSERT on PGlite). Batch n+1 is validated while batch n is written. All or nothing per batch;
 * a failed batch stops the import there, batches before it stay. Event ids already in the store
 * are refused by the unique index (the batch fails).
 *
 * Stream heads: read under the locks the first time a stream is seen, then kept as this import
 * wrote them. If something else appended to such a stream meanwhile, the kept head is stale and
 * the next version is taken already: the (stream, version) unique index refuses the batch, which
 * is then written again once with every head read afresh. Reading every head of every batch
 * instead cost the import about a seventh of its speed.
 */
export class EventImporter {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly pool: SqlPool) {}

  async importAll(batches: Iterable<readonly ImportEvent[]> | AsyncIterable<readonly ImportEvent[]>, onBatch?: (events: number) => void): Promise<number> {
    let pending: Promise<number> | null = null;
    let done = 0;
    const report = (n: number) => {
      onBatch?.(n);
      return n;
    };
    let index = 0;
    for await (const batch of batches) {
      let validated: ValidatedEvent[];
      try {
        checkSize(batch, index++);
        validated = await validateInSlices(batch);
      } catch (err) {
        await pending?.catch(() => undefined); // the batch before ends (commits or not) before we report
        throw err;
      }
      if (pending) done += report(await pending);
      pending = this.write(validated);
      pending.catch(() => undefined); // awaited above or below; this only marks it handled meanwhile
    }
    if (pending) done += report(await pending);
    return done;
  }

  private async write(events: readonly ValidatedEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    try {
      return await this.writeOnce(events, false);
    } catch (err) {
      if (!(err instanceof StaleHeadError)) throw err;
      return this.writeOnce(events, true);
    }
  }

  private async writeOnce(events: readonly ValidatedEvent[], rereadHeads: boolean): Promise<number> {
    try {
      const { written, heads } = await withTransaction(this.pool, async (client) => {
        const streams = [...new Set(events.map((e) => e.streamId))].sort();
        const { rows } = await client.query<{ xid: string; at: Date }>(
          `SELECT (SELECT count(chitieu_lock_stream(s)) FROM unnest($1::text[]) AS s) AS locked,
                  pg_current_xact_id()::text AS xid, date_trunc('milliseconds', clock_timestamp()) AS at`,
          [streams],
        );
        const heads = new Map(this.heads);
        for (const [s, h] of await readHeads(client, rereadHeads ? streams : streams.filter((s) => !this.heads.has(s)))) heads.set(s, h);
        const prepared = chainRows(events, heads, rows[0].at);
        await writeRows(client, BigInt(rows[0].xid) << 20n, prepared, rows[0].at);
        return { written: prepared.length, heads };
      });
      for (const [s, h] of heads) this.heads.set(s, h); // committed: these are the streams' heads now
      return written;
    } catch (err) {
      const { code, constraint } = err as { code?: string; constraint?: string };
      if (code === '23505' && constraint === 'events_stream_version' && !rereadHeads) throw new StaleHeadError();
      if (code === '23505' && constraint === 'events_event_id_key') {
        throw new DomainError('IMPORT.EVENT_ID_EXISTS', `An event id of this batch is already in the store (${(err as { detail?: string }).detail ?? 'unique event_id'}): nothing of the batch was written`, 'conflict', 'eventId');
      }
      throw err;
    }
  }
}

/** A kept stream head was overtaken by another writer: the batch is written again with fresh heads. */
class StaleHeadError extends Error {}

/** Every stream's head, read under its lock: concurrent appenders cannot move it until COMMIT. */
async function readHeads(client: SqlClient, streams: readonly string[]): Promise<Map<string, StreamHead>> {
  const heads = new Map<string, StreamHead>(streams.map((s) => [s, { version: 0, hash: null }]));
  if (streams.length === 0) return heads;
  const { rows } = await client.query<{ stream_id: string; version: number; hash: string }>(
    `SELECT h.stream_id, h.version, encode(h.hash, 'hex') AS hash
       FROM unnest($1::text[]) AS s(id)
       CROSS JOIN LATERAL (SELECT e.stream_id, e.version, e.hash FROM events e WHERE e.stream_id = s.id ORDER BY e.version DESC LIMIT 1) h`,
    [streams],
  );
  for (const r of rows) heads.set(r.stream_id, { version: r.version, hash: r.hash });
  return heads;
}

function checkSize(events: readonly ImportEvent[], index: number): void {
  if (!Array.isArray(events)) throw new DomainError('IMPORT.INVALID_BATCH', `Import batch ${index} is not a list of events`, 'validation', 'batches');
  if (events.length > MAX_IMPORT_BATCH) {
    throw new DomainError('IMPORT.BATCH_TOO_LARGE', `Import batch ${index} has ${events.length} events; at most ${MAX_IMPORT_BATCH} in one batch`, 'validation', 'batches');
  }
}

/** A `pg` client speaks COPY; the PGlite shim does not. */
const speaksCopy = (client: SqlClient): client is SqlClient & pg.PoolClient => 'connection' in (client as object);

async function writeRows(client: SqlClient, base: bigint, rows: readonly ImportRow[], at: Date): Promise<void> {
  if (speaksCopy(client)) return copyInto(client, 'events', rows, base, at);
  return insertRows(client, base, rows, at);
}

/** COPY text format: backslash, tab, newline and carriage return must be escaped. */
const escape = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s);

function line(r: ImportRow, position: bigint, at: string): string {
  const prev = r.prevHash ? `\\\\x${r.prevHash}` : '\\N';
  return `${position}\t${escape(r.streamId)}\t${r.version}\t${r.eventId}\t${r.type}\t${escape(r.data)}\t${escape(r.metadata)}\t${at}\t\\\\x${r.hash}\t${prev}\n`;
}

/** Streams the rows with COPY on the caller's client, inside the caller's transaction. */
export async function copyInto(client: pg.PoolClient, table: string, rows: readonly ImportRow[], firstPosition: bigint, at: Date): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash) FROM STDIN`));
  const iso = at.toISOString();
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += line(rows[i], firstPosition + BigInt(i), iso);
    if (chunk.length > 256 * 1024) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}

async function insertRows(client: SqlClient, base: bigint, rows: readonly ImportRow[], at: Date): Promise<void> {
  await client.query(
    `INSERT INTO events (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash)
     SELECT $1::bigint + u.o - 1, u.s, u.v, u.e::uuid, u.t, u.d::jsonb, u.m::jsonb, $2::timestamptz, decode(u.h, 'hex'), decode(u.ph, 'hex')
       FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            WITH ORDINALITY AS u(s, v, e, t, d, m, h, ph, o)`,
    [
      base.toString(), at,
      rows.map((r) => r.streamId), rows.map((r) => r.version), rows.map((r) => r.eventId), rows.map((r) => r.type),
      rows.map((r) => r.data), rows.map((r) => r.metadata), rows.map((r) => r.hash), rows.map((r) => r.prevHash),
    ],
  );
}
