import type pg from 'pg';
import type { BenchContext } from '../harness/context';
import { progressLine } from '../harness/load';
import { row, type ResultRow } from '../harness/result';
import { interleaved } from '../harness/stats';
import { prepareImportRows, type StreamHead } from '../../libs/event-store/src/postgres/import';
import { copyRows } from '../store/copy-baseline';
import { historyBatches, loadHistory } from './history';

/**
 * COPY of the finished rows: hashes, versions and canonical texts are made beforehand, outside
 * the clock, so the baseline is the database's fastest path for exactly these rows.
 */
export async function copyRun(ctx: BenchContext): Promise<number> {
  const client = (await ctx.db.pool.connect()) as unknown as pg.PoolClient;
  try {
    await client.query('TRUNCATE copy_events');
    await client.query('CHECKPOINT');
    const heads = new Map<string, StreamHead>();
    const progress = progressLine('COPY');
    let position = 1n;
    let ms = 0;
    let done = 0;
    for (const batch of historyBatches(ctx)) {
      const at = new Date();
      const rows = prepareImportRows(batch, heads, at);
      const t0 = performance.now();
      await copyRows(client, 'copy_events', rows, position, at);
      ms += performance.now() - t0;
      position += BigInt(rows.length);
      done += rows.length;
      progress(done, ctx.options.sizes.historyEvents);
    }
    return done / (ms / 1000);
  } finally {
    client.release();
  }
}

/** The store's importEvents (validation, locks, heads, hashing, positions, COPY), timed; generation is not timed. */
async function importRun(ctx: BenchContext): Promise<number> {
  await ctx.db.pool.query('TRUNCATE events');
  await ctx.db.pool.query('CHECKPOINT');
  let ms = 0;
  const done = await loadHistory(ctx, (t) => (ms += t));
  return done / (ms / 1000);
}

export const createCopyTable = (ctx: BenchContext) => ctx.db.pool.query('CREATE TABLE IF NOT EXISTS copy_events (LIKE events INCLUDING ALL)');

export async function importScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const n = ctx.options.sizes.historyEvents;
  ctx.log(`import: ${n.toLocaleString('en-US')} historical events, importEvents vs COPY`);
  await createCopyTable(ctx);
  // COPY first in each pair, so the last run leaves the store's own table full for the read scenarios.
  const figures = await interleaved(ctx.options.runs, { copy: () => copyRun(ctx), chitieu: () => importRun(ctx) }, ctx.log);
  await ctx.db.pool.query('DROP TABLE copy_events');
  await ctx.db.pool.query('VACUUM ANALYZE events');
  ctx.shared.copyRate = figures.copy;
  return [
    row(`bulk import of ${n.toLocaleString('en-US')} events`, 'events/s', figures.chitieu, { name: 'COPY of the same rows', figure: figures.copy }, { kind: 'at_least', value: 0.6, text: '≥ 0.60 of COPY' }),
  ];
}
