/**
 * `npm run bench [-- --quick] [--only append,subscribe] [--runs N] [--events N] [--requests N]`:
 * every scenario of issue 7 against the PostgreSQL at BENCH_DATABASE_URL, in scratch databases made and dropped
 * here, each figure the median of N ≥ 3 runs beside its baseline from the same session. Prints
 * one table; writes JSON, Markdown and an SVG chart to bench/results/. Progress goes to stderr.
 */
import { createDatabase } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import type { BenchContext } from './harness/context';
import { codeVersion, machineInfo } from './harness/machine';
import { parseOptions, selected, type SCENARIO_GROUPS } from './harness/options';
import { writeReport } from './harness/output';
import type { ResultRow } from './harness/result';
import { ScratchDatabases } from './harness/scratch-db';
import { appendScenarios, contendedScenario } from './scenarios/append';
import { importScenario } from './scenarios/import';
import { subscribeScenario, verifyScenario } from './scenarios/read';
import { rebuildScenario } from './scenarios/rebuild';
import { httpScenario, queriesScenario } from './scenarios/http';
import { asOfScenario } from './scenarios/as-of';

type Scenario = (ctx: BenchContext) => Promise<ResultRow[]>;

const SCENARIOS: [(typeof SCENARIO_GROUPS)[number], Scenario][] = [
  ['append', appendScenarios],
  ['contended', contendedScenario],
  ['import', importScenario],
  ['subscribe', subscribeScenario],
  ['verify', verifyScenario],
  ['rebuild', rebuildScenario],
  ['http', httpScenario],
  ['queries', queriesScenario],
  ['asof', asOfScenario],
];

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  const code = codeVersion();
  const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const scratch = new ScratchDatabases(options.databaseUrl);
  const postgres = await scratch.settings();
  log(`PostgreSQL ${postgres.server_version}: fsync=${postgres.fsync}, synchronous_commit=${postgres.synchronous_commit}; ${options.quick ? 'quick' : 'full'} run`);
  const url = await scratch.create();
  const db = await createDatabase({ databaseUrl: url, dataDir: 'unused', poolSize: 16 });
  const store = await PostgresEventStore.open(db);
  const ctx: BenchContext = { options, scratch, url, db, store, shared: {}, log };
  const rows: ResultRow[] = [];
  const failures: { scenario: string; error: string }[] = [];
  try {
    for (const [group, scenario] of SCENARIOS) {
      if (!selected(options, group)) continue;
      try {
        rows.push(...(await scenario(ctx)));
      } catch (err) {
        log(`${group} FAILED: ${err instanceof Error ? err.stack : String(err)}`);
        failures.push({ scenario: group, error: err instanceof Error ? err.message : String(err) });
      }
    }
  } finally {
    await ctx.shared.app?.close();
    await store.close();
    await db.close();
    await scratch.dropAll();
  }
  const files = writeReport({
    mode: options.quick ? 'quick' : 'full', only: options.only, startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000,
    machine: machineInfo(), code, postgres, sizes: options.sizes, runs: options.runs, rows, failures,
  });
  log(`wrote ${files.join(', ')}`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(2);
  },
);
