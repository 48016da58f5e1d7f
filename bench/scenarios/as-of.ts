import type { NewEvent } from '@chitieu/event-store';
import type { BenchContext } from '../harness/context';
import { SEED } from '../harness/context';
import { row, type ResultRow } from '../harness/result';
import { interleaved } from '../harness/stats';
import { Prng } from '../generator/prng';
import { DISTRICT_CODES, REPORT_NOTES } from '../generator/vocabulary';
import { appSession, type AppSession } from './app-session';

const INDICATOR = 'hn-08-2021.CT02';
const STREAM = `indicator-${INDICATOR}`;
const PAST = '2023-06-30';
const CLIENTS = 8;
const DAY = 86_400_000;

/** Report k: district k mod 30, a cumulative period every 5 days across the term, seeded values. */
function report(k: number, rng: Prng): NewEvent {
  const unit = DISTRICT_CODES[k % DISTRICT_CODES.length];
  const on = new Date(Date.UTC(2021, 0, 15) + Math.floor(k / DISTRICT_CODES.length) * 5 * DAY).toISOString().slice(0, 10);
  return {
    eventId: rng.uuid(),
    type: 'ValueReported',
    data: {
      indicatorId: INDICATOR, reportId: `bc-asof-${k}`, period: `cum:${on}`, value: rng.int(1_000, 9_000), quotedTarget: 162000,
      quotedPercent: null, breakdown: null, note: rng.pick(REPORT_NOTES), reportingUnit: unit,
    },
    metadata: { actor: `cb-${unit}-1`, role: 'unit', unit, correlationId: rng.uuid(), causationId: null, reason: null, sourceDocument: null, occurredAt: on },
  };
}

/** Appends the reports to the sample's new-jobs indicator (test data is events), in appends of 500. */
async function addReports(app: AppSession, count: number): Promise<bigint> {
  const rng = new Prng(SEED + 10);
  let version = (await app.store.readStream(STREAM)).length;
  let last = 0n;
  for (let k = 0; k < count; k += 500) {
    const events = Array.from({ length: Math.min(500, count - k) }, (_, i) => report(k + i, rng));
    const r = await app.store.append(STREAM, events, { expectedVersion: version });
    version = r.nextVersion;
    last = r.lastPosition;
  }
  return last;
}

/** One indicator with N reports: the view as of a past date against the same view today. */
export async function asOfScenario(ctx: BenchContext): Promise<ResultRow[]> {
  const app = await appSession(ctx);
  const n = ctx.options.sizes.asOfReports;
  ctx.log(`as-of: ${n.toLocaleString('en-US')} reports on ${INDICATOR}, then past vs today`);
  const last = await addReports(app, n);
  await app.getWhenReady(`/api/v1/indicators/${INDICATOR}?minPosition=${last}`);
  const p99 = (query: string) => async () => {
    const r = await app.load({ path: `/api/v1/indicators/${INDICATOR}${query}`, connections: CLIENTS, amount: CLIENTS * ctx.options.sizes.requestsPerConnection, timeout: 120, headers: { authorization: `Bearer ${app.token('viewer')}` } });
    return r.latency.p99;
  };
  const figures = await interleaved(ctx.options.runs, { today: p99(''), past: p99(`?asOf=${PAST}`) }, ctx.log);
  return [
    row(`as-of-past query, indicator with ${n.toLocaleString('en-US')} reports, ${CLIENTS} clients`, 'ms p99', figures.past, { name: 'same query for today', figure: figures.today }, { kind: 'at_most', value: 2, text: 'p99 ≤ 2 × today' }),
  ];
}
