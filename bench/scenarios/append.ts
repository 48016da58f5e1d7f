import type { BenchContext } from '../harness/context';
import { SEED } from '../harness/context';
import { ratePerSecond } from '../harness/load';
import { row, type ResultRow } from '../harness/result';
import { interleaved, type Figure } from '../harness/stats';
import { chitieuWriter, emmettWriter, eventSource, rawWriters, runStreams } from './writers';

let seedCounter = 0;
const nextSeed = () => SEED + 1000 + seedCounter++;

/** The table the raw baseline writes: shaped and indexed like `events`. */
export async function prepareRawTable(ctx: BenchContext): Promise<void> {
  await ctx.db.pool.query('CREATE TABLE IF NOT EXISTS raw_events (LIKE events INCLUDING ALL)');
}

/** One-event commands on the writers' own streams: chitieu, raw INSERT and the peer, interleaved. */
async function ownStreams(ctx: BenchContext, writers: number): Promise<Record<'chitieu' | 'raw' | 'peer', Figure>> {
  const seconds = ctx.options.sizes.runSeconds;
  const peer = emmettWriter(ctx.url);
  const raw = await rawWriters(ctx.url, writers);
  const chitieu = chitieuWriter(ctx.store);
  try {
    const measure = (write: (w: number, stream: string, source: (w: number) => ReturnType<ReturnType<typeof eventSource>>) => Promise<number>) => async () => {
      const streams = runStreams(`indicator-w${writers}`, writers);
      const source = eventSource(nextSeed(), writers);
      return ratePerSecond(writers, seconds, (w) => write(w, streams[w], source));
    };
    return await interleaved(ctx.options.runs, {
      chitieu: measure((w, s, src) => chitieu(s, src(w))),
      raw: measure((w, s, src) => raw.write(w, s, src(w))),
      peer: measure((w, s, src) => peer.write(s, src(w))),
    }, ctx.log);
  } finally {
    await peer.close();
    await raw.close();
  }
}

export async function appendScenarios(ctx: BenchContext): Promise<ResultRow[]> {
  await prepareRawTable(ctx);
  ctx.log('append: 8 writers, own streams');
  const eight = await ownStreams(ctx, 8);
  ctx.log('append: 1 writer');
  const one = await ownStreams(ctx, 1);
  return [
    row('append, 8 writers, own streams', 'commands/s', eight.chitieu, { name: 'raw INSERT, 8 clients', figure: eight.raw }, { kind: 'at_least', value: 0.6, text: '≥ 0.60 of raw' }),
    row('append, 8 writers, own streams (peer)', 'commands/s', eight.chitieu, { name: 'emmett appendToStream, 8 callers', figure: eight.peer }, { kind: 'at_least', value: 2.0, text: '≥ 2.0 × peer' }),
    row('append, 1 writer', 'commands/s', one.chitieu, { name: 'raw INSERT, 1 client', figure: one.raw }, { kind: 'at_least', value: 0.7, text: '≥ 0.70 of raw' }),
    row('append, 1 writer (peer, context)', 'commands/s', one.chitieu, { name: 'emmett appendToStream, 1 caller', figure: one.peer }, { kind: 'context', value: 1.0, text: 'context only' }),
  ];
}

/** 8 writers on 10 shared streams; a lost race re-reads the version and tries again. */
export async function contendedScenario(ctx: BenchContext): Promise<ResultRow[]> {
  ctx.log('contended: 8 writers on 10 streams, with retry');
  const seconds = ctx.options.sizes.runSeconds;
  const peer = emmettWriter(ctx.url);
  const chitieu = chitieuWriter(ctx.store);
  try {
    let attempts = 0;
    let done = 0;
    const measure = (write: (stream: string, e: ReturnType<ReturnType<typeof eventSource>>) => Promise<number>) => async () => {
      const streams = runStreams('indicator-shared', 10);
      const source = eventSource(nextSeed(), 10);
      return ratePerSecond(8, seconds, async () => {
        const i = Math.floor(Math.random() * streams.length);
        const event = source(i);
        // The same command again until it lands, as a client retrying a 412 would.
        for (;;) {
          attempts += 1;
          if (await write(streams[i], event)) break;
        }
        done += 1;
        return 1;
      });
    };
    const figures = await interleaved(ctx.options.runs, { chitieu: measure(chitieu), peer: measure(peer.write) }, ctx.log);
    return [
      row('contended: 8 writers on 10 streams, retry', 'commands done/s', figures.chitieu, { name: 'emmett, same load', figure: figures.peer }, { kind: 'at_least', value: 1.2, text: '≥ 1.2 × peer' },
        `${((1 - done / attempts) * 100).toFixed(0)}% of attempts (both sides) lost a race`),
    ];
  } finally {
    await peer.close();
  }
}
