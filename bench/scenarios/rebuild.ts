import { runMigrations } from '@chitieu/database';
import { ALL_PROJECTIONS, lockCheckpoint, READ_SIDE_MIGRATIONS, saveCheckpoint, type Sql } from '@chitieu/read-side';
import { startChild } from '../harness/child';
import type { BenchContext } from '../harness/context';
import { row, type ResultRow } from '../harness/result';
import { figureOf, format } from '../harness/stats';
import { ensureHistory } from './history';
import { copyRun, createCopyTable } from './import';

interface RebuildAnswer {
  events: number;
  seconds: number;
  peakRssMB: number;
}

/**
 * The app's live projector would start catching up from position 0 beside the rebuild; set its
 * checkpoints at the head first, so the child measures the rebuild alone (which replaces the
 * live tables and checkpoints anyway).
 */
async function parkLiveProjector(ctx: BenchContext): Promise<void> {
  await runMigrations(ctx.db, READ_SIDE_MIGRATIONS);
  const head = await ctx.store.headPosition();
  const sql: Sql = { query: async <R>(text: string, params?: unknown[]) => (await ctx.db.pool.query<R>(text, params)).rows };
  for (const p of ALL_PROJECTIONS) {
    await lockCheckpoint(sql, p.name);
    await saveCheckpoint(sql, p.name, head);
  }
}

async function rebuildInChild(ctx: BenchContext): Promise<RebuildAnswer> {
  const child = startChild<RebuildAnswer>('rebuild', { DATABASE_URL: ctx.url });
  const answer = await child.first;
  await child.exited;
  return answer;
}

/** Every read model rebuilt by the standalone app's projector in its own process; its peak RSS beside. */
export async function rebuildScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const total = await ensureHistory(ctx);
  await parkLiveProjector(ctx);
  let copyRates: number[] | undefined = ctx.shared.copyRate ? [...ctx.shared.copyRate.runs] : undefined;
  if (!copyRates) {
    ctx.log('rebuild: measuring the COPY rate of the same events first');
    await createCopyTable(ctx);
    copyRates = [];
    for (let i = 0; i < ctx.options.runs; i++) copyRates.push(await copyRun(ctx));
    await ctx.db.pool.query('DROP TABLE copy_events');
  }
  ctx.log(`rebuild: every read model over ${total.toLocaleString('en-US')} events, in a standalone child process`);
  const answers: RebuildAnswer[] = [];
  for (let i = 1; i <= ctx.options.runs; i++) {
    const a = await rebuildInChild(ctx);
    if (a.events !== total) throw new Error(`rebuild replayed ${a.events} events, expected ${total}`);
    answers.push(a);
    ctx.log(`  run ${i}/${ctx.options.runs} rebuild: ${format(a.events / a.seconds)} events/s, peak RSS ${format(a.peakRssMB)} MB`);
  }
  const rates = figureOf(answers.map((a) => a.events / a.seconds));
  const rss = figureOf(answers.map((a) => a.peakRssMB));
  return [
    row(`rebuild of every read model over ${total.toLocaleString('en-US')} events`, 'events/s', rates, { name: 'COPY rate of the same events', figure: figureOf(copyRates) }, { kind: 'at_least', value: 0.25, text: '≥ 0.25 of COPY' }),
    row(`peak RSS of the standalone process during the rebuild`, 'MB', rss, null, { kind: 'value_at_most', value: 512, text: '≤ 512 MB' }),
  ];
}
