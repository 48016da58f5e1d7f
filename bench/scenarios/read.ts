import { verifyLog, firstProblem } from '@chitieu/audit';
import type { BenchContext } from '../harness/context';
import { eventsPerSecond, progressLine } from '../harness/load';
import { row, type ResultRow } from '../harness/result';
import { interleaved } from '../harness/stats';
import { ensureHistory } from './history';

const PAGE = 1_000;

/** The raw baseline: keyset pages of 1,000 by position, every column, parsed by pg as the store's rows are. */
async function rawOrderedRead(ctx: BenchContext, total: number): Promise<number> {
  return eventsPerSecond(total, async () => {
    let after = '0';
    let seen = 0;
    const progress = progressLine('raw read');
    for (;;) {
      const { rows } = await ctx.db.pool.query<{ position: string }>(
        `SELECT position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash
           FROM events WHERE position > $1 ORDER BY position LIMIT ${PAGE}`,
        [after],
      );
      if (rows.length === 0) break;
      seen += rows.length;
      progress(seen, total);
      after = rows[rows.length - 1].position;
    }
    if (seen !== total) throw new Error(`raw read saw ${seen} events, expected ${total}`);
  });
}

/** A catch-up subscription from the start, pages of 1,000, until it has handed over every event. */
async function subscriptionRun(ctx: BenchContext, total: number): Promise<number> {
  return eventsPerSecond(total, async () => {
    let seen = 0;
    const progress = progressLine('subscription');
    await new Promise<void>((resolve, reject) => {
      const sub = ctx.store.subscribe({ from: 0n, batchSize: PAGE, name: 'bench' }, async (events) => {
        seen += events.length;
        progress(seen, total);
        if (seen >= total) void sub.stop().then(resolve, reject);
      });
    });
    if (seen !== total) throw new Error(`subscription saw ${seen} events, expected ${total}`);
  });
}

export async function subscribeScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const total = await ensureHistory(ctx);
  ctx.log(`subscribe: catch-up over ${total.toLocaleString('en-US')} events vs raw keyset pages`);
  const figures = await interleaved(ctx.options.runs, { raw: () => rawOrderedRead(ctx, total), chitieu: () => subscriptionRun(ctx, total) }, ctx.log);
  return [
    row(`catch-up subscription over ${total.toLocaleString('en-US')} events`, 'events/s', figures.chitieu, { name: 'raw ordered SELECT, pages of 1,000', figure: figures.raw }, { kind: 'at_least', value: 0.5, text: '≥ 0.50 of raw' }),
  ];
}

export async function verifyScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const total = await ensureHistory(ctx);
  ctx.log(`verify: every hash chain over ${total.toLocaleString('en-US')} events vs raw ordered read`);
  const verifyRun = () => eventsPerSecond(total, async () => {
    const progress = progressLine('verify');
    const report = await verifyLog(ctx.store, { onProgress: (p) => progress(p.events, total) });
    // A fast verify that finds the imported chains broken would be measuring nothing.
    if (!report.ok || report.eventsChecked !== total) throw new Error(`verify: ${report.eventsChecked}/${total} events, ${firstProblem(report) ?? 'ok'}`);
  });
  const figures = await interleaved(ctx.options.runs, { raw: () => rawOrderedRead(ctx, total), chitieu: verifyRun }, ctx.log);
  return [
    row(`verify over ${total.toLocaleString('en-US')} events`, 'events/s', figures.chitieu, { name: 'raw ordered read', figure: figures.raw }, { kind: 'at_least', value: 0.5, text: '≥ 0.50 of raw' }),
  ];
}
