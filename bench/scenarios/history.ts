import type { ImportEvent } from '@chitieu/event-store';
import type { BenchContext } from '../harness/context';
import { SEED } from '../harness/context';
import { progressLine } from '../harness/load';
import { DomainEventGenerator } from '../generator/domain-events';

export const IMPORT_BATCH = 5_000;

/** The seeded history in batches: the same events, in the same order, on every call. */
export function* historyBatches(ctx: BenchContext): Generator<ImportEvent[]> {
  const { historyEvents, historyStreams } = ctx.options.sizes;
  const gen = new DomainEventGenerator(SEED, historyStreams, historyEvents);
  for (let done = 0; done < historyEvents; done += IMPORT_BATCH) {
    yield Array.from({ length: Math.min(IMPORT_BATCH, historyEvents - done) }, () => gen.next());
  }
}

/**
 * Empties the store's table and imports the seeded history with the store's importEvents. `timed`
 * gets the import's milliseconds: the wall time less the time spent generating events.
 */
export async function loadHistory(ctx: BenchContext, timed?: (ms: number) => void): Promise<number> {
  await ctx.db.pool.query('TRUNCATE events');
  const progress = progressLine('import');
  let generating = 0;
  const batches = function* () {
    const source = historyBatches(ctx);
    for (;;) {
      const t0 = performance.now();
      const next = source.next();
      generating += performance.now() - t0;
      if (next.done) return;
      yield next.value;
    }
  };
  const started = performance.now();
  let done = 0;
  await ctx.store.importEvents(batches(), (n) => progress((done += n), ctx.options.sizes.historyEvents));
  timed?.(performance.now() - started - generating);
  ctx.shared.historyLoaded = done;
  return done;
}

/** For a scenario run alone: the history, unless the import scenario left it in place. */
export async function ensureHistory(ctx: BenchContext): Promise<number> {
  if (ctx.shared.historyLoaded !== undefined) return ctx.shared.historyLoaded;
  ctx.log(`loading ${ctx.options.sizes.historyEvents.toLocaleString('en-US')} events of history`);
  const n = await loadHistory(ctx);
  await ctx.db.pool.query('VACUUM ANALYZE events');
  return n;
}
