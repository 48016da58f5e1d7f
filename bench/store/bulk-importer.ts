import type pg from 'pg';
import type { NewEvent } from '@chitieu/event-store';
import type { SqlClient, SqlPool } from '@chitieu/database';
import { copyInto } from './copy-baseline';
import { chainRows, validateEvents, validateInSlices, type ImportRow, type StreamHead, type ValidatedEvent } from './import-rows';

type Batch = readonly { streamId: string; event: NewEvent }[];

/** Well below the 2^20 positions one transaction owns (see event-store.sql.ts). */
export const MAX_IMPORT_BATCH = 50_000;

/**
 * Bulk import of historical events into the store's own table, as PostgresEventStore could offer
 * it (`importEvents`): per batch one transaction that locks the batch's streams, reads the heads
 * of streams it has not seen, takes positions from its transaction id exactly as chitieu_append
 * does (so readers' visibility bound still holds), and writes the rows with COPY on PostgreSQL
 * (one multi-row INSERT on PGlite, which has no COPY FROM STDIN through this driver).
 */
export class BulkImporter {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly pool: SqlPool) {}

  async importBatch(events: Batch): Promise<number> {
    checkSize(events);
    return this.write(validateEvents(events));
  }

  /**
   * Many batches, validating batch n+1 (in slices) while batch n is being written: Node's
   * share of the work then overlaps the database's instead of adding to it. All or nothing per
   * batch; a failed batch stops the import there.
   */
  async importAll(batches: Iterable<Batch>, onBatch?: (events: number) => void): Promise<number> {
    let pending: Promise<number> | null = null;
    let done = 0;
    const report = (n: number) => {
      onBatch?.(n);
      return n;
    };
    for (const batch of batches) {
      let validated: ValidatedEvent[];
      try {
        checkSize(batch);
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
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const streams = [...new Set(events.map((e) => e.streamId))].sort();
      const { rows } = await client.query<{ xid: string; at: Date }>(
        `SELECT (SELECT count(chitieu_lock_stream(s)) FROM unnest($1::text[]) AS s) AS locked,
                pg_current_xact_id()::text AS xid, date_trunc('milliseconds', clock_timestamp()) AS at`,
        [streams],
      );
      await this.loadHeads(client, streams.filter((s) => !this.heads.has(s)));
      const heads = new Map(this.heads);
      const prepared = chainRows(events, heads, rows[0].at);
      await writeRows(client, BigInt(rows[0].xid) << 20n, prepared, rows[0].at);
      await client.query('COMMIT');
      for (const [s, h] of heads) this.heads.set(s, h);
      client.release();
      return prepared.length;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      throw err;
    }
  }

  private async loadHeads(client: SqlClient, streams: readonly string[]): Promise<void> {
    for (const s of streams) this.heads.set(s, { version: 0, hash: null });
    if (streams.length === 0) return;
    const { rows } = await client.query<{ stream_id: string; version: number; hash: string }>(
      `SELECT DISTINCT ON (stream_id) stream_id, version, encode(hash, 'hex') AS hash
         FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, version DESC`,
      [streams],
    );
    for (const r of rows) this.heads.set(r.stream_id, { version: r.version, hash: r.hash });
  }
}

function checkSize(events: Batch): void {
  if (events.length > MAX_IMPORT_BATCH) throw new Error(`at most ${MAX_IMPORT_BATCH} events in one import batch`);
}

/** A `pg` client speaks COPY; the PGlite shim does not. */
const speaksCopy = (client: SqlClient): client is SqlClient & pg.PoolClient => 'connection' in (client as object);

async function writeRows(client: SqlClient, base: bigint, rows: readonly ImportRow[], at: Date): Promise<void> {
  if (speaksCopy(client)) return copyInto(client, 'events', rows, base, at);
  return insertRows(client, base, rows, at);
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
