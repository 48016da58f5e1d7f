import { performance } from 'node:perf_hooks';
import { createDatabase } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import type { BenchContext } from '../harness/context';
import { SEED } from '../harness/context';
import { ratePerSecond } from '../harness/load';
import { row, type ResultRow } from '../harness/result';
import { interleaved } from '../harness/stats';
import { DomainEventGenerator } from '../generator/domain-events';
import { appSession, type AppSession } from './app-session';
import { chitieuWriter, eventSource, runStreams } from './writers';

/** Indicators the HTTP clients report on: a province's worth of programs, defined by appending events. */
const HTTP_INDICATORS = 27 * 12;
const CLIENTS = 32;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const TERM_DAYS = 1826;

async function defineIndicators(app: AppSession): Promise<string[]> {
  const gen = new DomainEventGenerator(SEED + 7, HTTP_INDICATORS, 1_000);
  const ids: string[] = [];
  for (let i = 0; i < HTTP_INDICATORS; i++) {
    // Definition, term target and assignment to a lead department: what a report needs.
    const events = [gen.nextOf(i), gen.nextOf(i), gen.nextOf(i)];
    await app.store.append(DomainEventGenerator.streamId(i), events, { expectedVersion: 'no_stream' });
    ids.push(DomainEventGenerator.indicatorId(i));
  }
  return ids;
}

/** POST /indicators/{id}/reports from 32 connections; every request a new (indicator, day) pair. */
function httpRun(ctx: BenchContext, app: AppSession, ids: readonly string[]): () => Promise<number> {
  let n = 0;
  return async () => {
    const started = performance.now();
    const result = await app.load({
      path: '/', connections: CLIENTS, duration: ctx.options.sizes.runSeconds, method: 'POST',
      headers: { authorization: `Bearer ${app.token('secretariat')}`, 'content-type': 'application/json' },
      requests: [{
        setupRequest: (req) => {
          const k = n++;
          const day = Math.floor(k / ids.length) % TERM_DAYS;
          const period = `cum:${new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10)}`;
          return { ...req, path: `/api/v1/indicators/${ids[k % ids.length]}/reports`, body: JSON.stringify({ period, value: 40 + (k % 50) }) };
        },
      }],
    }, true);
    const unexpected = Object.keys(result.statusCodeStats ?? {}).filter((s) => !/^2\d\d$|^409$|^412$/.test(s));
    if (unexpected.length > 0) throw new Error(`report commands answered ${JSON.stringify(result.statusCodeStats)}`);
    ctx.log(`    answers ${JSON.stringify(result.statusCodeStats)}, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    return result['2xx'] / ((performance.now() - started) / 1000);
  };
}

export async function httpScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const app = await appSession(ctx);
  ctx.log(`http: defining ${HTTP_INDICATORS} indicators, then report commands from ${CLIENTS} connections`);
  const ids = await defineIndicators(app);
  // A store of its own, as young as the app's: the app's projector would otherwise project these
  // events too, and the bench's main store holds the million-event history by now.
  const libDb = await createDatabase({ databaseUrl: await ctx.scratch.create('lib'), dataDir: 'unused', poolSize: 16 });
  const libStore = await PostgresEventStore.open(libDb);
  const library = chitieuWriter(libStore);
  let seed = SEED + 5000;
  const libraryRun = async () => {
    const streams = runStreams('indicator-lib', CLIENTS);
    const source = eventSource(seed++, CLIENTS);
    return ratePerSecond(CLIENTS, ctx.options.sizes.runSeconds, (w) => library(streams[w], source(w)));
  };
  const figures = await interleaved(ctx.options.runs, { http: httpRun(ctx, app, ids), library: libraryRun }, ctx.log).finally(async () => {
    await libStore.close();
    await libDb.close();
  });
  return [
    row('HTTP report-value commands, 32 clients, end to end', 'commands/s', figures.http, { name: 'library-level append, 32 callers', figure: figures.library }, { kind: 'at_least', value: 0.4, text: '≥ 0.40 of library' }),
  ];
}

/** p99 of the summary and indicator-list queries under 64 connections, once the read side is caught up. */
export async function queriesScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const app = await appSession(ctx);
  const head = await app.store.headPosition();
  ctx.log('queries: waiting for the read side to catch up');
  await app.getWhenReady(`/api/v1/programs/hn-08-2021/summary?minPosition=${head}`);
  const headers = { authorization: `Bearer ${app.token('viewer')}` };
  const p99 = (path: string) => async () => {
    const r = await app.load({ path, connections: 64, amount: 64 * ctx.options.sizes.requestsPerConnection, headers });
    return r.latency.p99;
  };
  // Warm-up, not counted: the first requests of a fresh process run unoptimised code (the JIT)
  // and compute the first answer; the goal is about a server that has been up.
  ctx.log('queries: warm-up, 64 connections × 10 requests on each path');
  for (const path of ['/api/v1/programs/hn-08-2021/summary', '/api/v1/programs/hn-08-2021/indicators']) {
    await app.load({ path, connections: 64, amount: 640, headers });
  }
  ctx.log('queries: summary and indicator list, 64 connections');
  const figures = await interleaved(ctx.options.runs, {
    summary: p99('/api/v1/programs/hn-08-2021/summary'),
    indicators: p99('/api/v1/programs/hn-08-2021/indicators'),
  }, ctx.log);
  const goal = { kind: 'value_at_most' as const, value: 20, text: 'p99 ≤ 20 ms' };
  return [
    row('summary query, 64 clients', 'ms p99', figures.summary, null, goal),
    row('indicator-list query, 64 clients', 'ms p99', figures.indicators, null, goal),
  ];
}
