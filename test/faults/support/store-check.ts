import pg from 'pg';
import { replayAndCompare, type ReplayReport } from '@chitieu/audit';
import { createDatabase } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, readCheckpoints } from '@chitieu/read-side';
import { sleep } from './net';

/** How many events carry each correlation id (one command = one correlation id here). */
export async function eventsByCorrelation(databaseUrl: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ c: string; id: string }>("SELECT metadata->>'correlationId' AS c, event_id::text AS id FROM events ORDER BY position");
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.c, [...(map.get(r.c) ?? []), r.id]);
    return map;
  } finally {
    await client.end();
  }
}

export async function sqlOne<R>(databaseUrl: string, text: string, params: unknown[] = []): Promise<R> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows[0] as R;
  } finally {
    await client.end();
  }
}

/** Waits until every projection's checkpoint reached the newest event position. */
export async function waitForCatchUp(databaseUrl: string, timeoutMs = 60_000): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { head, behind } = await sqlOne<{ head: string; behind: string }>(
      databaseUrl,
      `SELECT (SELECT coalesce(max(position), 0) FROM events)::text AS head,
              (SELECT count(*) FROM projection_checkpoints WHERE position < (SELECT coalesce(max(position), 0) FROM events))::text AS behind`,
    );
    const { n } = await sqlOne<{ n: string }>(databaseUrl, 'SELECT count(*)::text AS n FROM projection_checkpoints');
    if (behind === '0' && Number(n) >= ALL_PROJECTIONS.length) return BigInt(head);
    if (Date.now() > deadline) throw new Error(`read models did not catch up to ${head} in ${timeoutMs} ms`);
    await sleep(250);
  }
}

/** Replays the log into a scratch schema with the projections' own code and compares every table. */
export async function compareWithRebuild(databaseUrl: string): Promise<ReplayReport & { checkpoints: Map<string, bigint> }> {
  const database = await createDatabase({ databaseUrl, dataDir: 'unused', poolSize: 4 });
  const store = new PostgresEventStore(database);
  const readStore = await createReadStore(database);
  try {
    const report = await replayAndCompare({ store, readStore, projections: ALL_PROJECTIONS });
    return { ...report, checkpoints: await readCheckpoints(readStore) };
  } finally {
    await readStore.close();
    await store.close();
    await database.close();
  }
}
