import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { getPostgreSQLEventStore, type PostgresEventStore as EmmettStore } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { WrongExpectedVersionError, type ExpectedVersion, type NewEvent, type PostgresEventStore } from '@chitieu/event-store';
import { DomainEventGenerator } from '../generator/domain-events';

/** One append of one command's event: 1 when it landed, 0 when it lost a race (then retried). */
export type Writer = (stream: string, event: NewEvent) => Promise<number>;

/** chitieu: PostgresEventStore.append with the version the writer last saw, as command handlers do. */
export function chitieuWriter(store: PostgresEventStore): Writer {
  const known = new Map<string, number>();
  return async (stream, event) => {
    const v = known.get(stream) ?? 0;
    const expectedVersion: ExpectedVersion = v === 0 ? 'no_stream' : v;
    try {
      const r = await store.append(stream, [event], { expectedVersion });
      known.set(stream, r.nextVersion);
      return 1;
    } catch (err) {
      if (!(err instanceof WrongExpectedVersionError)) throw err;
      known.set(stream, err.actual); // the store answers the current version with the refusal
      return 0;
    }
  };
}

/**
 * The peer: emmett-postgresql appendToStream with the expected version. Its conflict error does
 * not carry the current version, so a loser reads it from emmett's streams table (one cheap
 * query by primary key, cheaper than the readStream a real command would do).
 */
export function emmettWriter(url: string): { write: Writer; close(): Promise<void> } {
  const store: EmmettStore = getPostgreSQLEventStore(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const known = new Map<string, bigint>();
  const write: Writer = async (stream, event) => {
    const v = known.get(stream);
    try {
      const r = await store.appendToStream(stream, [{ type: event.type, data: event.data as Record<string, unknown>, metadata: { ...event.metadata } }], {
        expectedStreamVersion: v ?? STREAM_DOES_NOT_EXIST,
      });
      known.set(stream, r.nextExpectedStreamVersion);
      return 1;
    } catch (err) {
      if ((err as Error).name !== 'ExpectedVersionConflictError' && !(err as Error).message?.includes('does not match')) throw err;
      const { rows } = await pool.query<{ p: string }>('SELECT stream_position::text AS p FROM emt_streams WHERE stream_id = $1 AND NOT is_archived', [stream]);
      if (rows[0]) known.set(stream, BigInt(rows[0].p));
      else known.delete(stream);
      return 0;
    }
  };
  return { write, close: async () => { await store.close(); await pool.end(); } };
}

const RAW_HASH = Buffer.alloc(32, 7);

/**
 * The raw baseline: one single-row INSERT per transaction (autocommit) into a table shaped and
 * indexed like `events`, on a connection the writer holds: no version check, no hash, no lock.
 */
export async function rawWriters(url: string, count: number): Promise<{ write: (w: number, stream: string, e: NewEvent) => Promise<number>; close(): Promise<void> }> {
  const clients = await Promise.all(Array.from({ length: count }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
  let position = BigInt(Date.now()) << 16n;
  const versions = new Map<string, number>();
  const write = async (w: number, stream: string, e: NewEvent) => {
    const version = (versions.get(stream) ?? 0) + 1;
    versions.set(stream, version);
    position += 1n;
    await clients[w].query(
      `INSERT INTO raw_events (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $8)`,
      [position.toString(), stream, version, e.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), RAW_HASH],
    );
    return 1;
  };
  return { write, close: async () => { await Promise.all(clients.map((c) => c.end())); } };
}

/** Streams of one run: new ids each run, so every run starts from empty streams. */
export function runStreams(prefix: string, count: number): string[] {
  const tag = randomUUID().slice(0, 8);
  return Array.from({ length: count }, (_, i) => `${prefix}-${tag}-${i}`);
}

/** Realistic event bodies for writers: a history per writer, seeded. */
export function eventSource(seed: number, writers: number): (w: number) => NewEvent {
  const gen = new DomainEventGenerator(seed, writers, 10_000_000);
  return (w) => gen.nextOf(w);
}
