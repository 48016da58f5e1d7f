/** Command-line flags and the sizes they imply: `--quick`, `--only a,b`, `--runs N`. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly only: readonly string[] | null;
  readonly runs: number;
  readonly databaseUrl: string;
  readonly sizes: Sizes;
}

export interface Sizes {
  /** Seconds each timed run of a rate scenario lasts. */
  readonly runSeconds: number;
  /** Events in the bulk import, and so in the store the read scenarios walk. */
  readonly historyEvents: number;
  /** Indicator streams of that history (27 per province program). */
  readonly historyStreams: number;
  /** Reports on the one indicator of the as-of query. */
  readonly asOfReports: number;
  /** Requests per connection in a latency run (a fixed amount, so every run has enough samples). */
  readonly requestsPerConnection: number;
}

export const SCENARIO_GROUPS = ['append', 'contended', 'import', 'subscribe', 'rebuild', 'verify', 'http', 'queries', 'asof'] as const;

const QUICK: Sizes = { runSeconds: 1, historyEvents: 10_000, historyStreams: 27 * 10, asOfReports: 1_000, requestsPerConnection: 4 };
const FULL: Sizes = { runSeconds: 8, historyEvents: 1_000_000, historyStreams: 27 * 63, asOfReports: 10_000, requestsPerConnection: 25 };

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes('--quick');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;
  const unknown = only?.filter((s) => !(SCENARIO_GROUPS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')}; known: ${SCENARIO_GROUPS.join(', ')}`);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 3) throw new Error('--runs must be a whole number ≥ 3 (each figure is a median of at least 3 runs)');
  const eventsAt = argv.indexOf('--events');
  const base = quick ? QUICK : FULL;
  const historyEvents = eventsAt >= 0 ? Number(argv[eventsAt + 1]) : base.historyEvents;
  if (!Number.isInteger(historyEvents) || historyEvents < 1000) throw new Error('--events must be a whole number ≥ 1000');
  const requestsAt = argv.indexOf('--requests');
  const requestsPerConnection = requestsAt >= 0 ? Number(argv[requestsAt + 1]) : base.requestsPerConnection;
  if (!Number.isInteger(requestsPerConnection) || requestsPerConnection < 1) throw new Error('--requests must be a whole number ≥ 1');
  return {
    quick, only, runs,
    databaseUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    sizes: { ...base, historyEvents, requestsPerConnection },
  };
}

export const selected = (o: BenchOptions, group: (typeof SCENARIO_GROUPS)[number]) => o.only === null || o.only.includes(group);
