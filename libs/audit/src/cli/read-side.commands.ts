import { canonicalJson } from '@chitieu/event-store';
import { DomainError } from '@chitieu/kernel';
import { ALL_PROJECTIONS, createReadStore, ReadSideQueries, type IndicatorStatusView, type ProgramSummary, type StatusCounts } from '@chitieu/read-side';
import { replayAndCompare, type ReplayReport } from '../application/replay/replay-compare';
import { EXIT_OK, EXIT_PROBLEM, progressPrinter, str, type CliDeps, type CliIo, type Flags } from './cli-io';

/** `replay [--json]`: exit 1 on any drift between the live read models and the log. */
export async function replayCommand(flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const readStore = await createReadStore(deps.db);
  try {
    const progress = progressPrinter(io, 'replay', null);
    const report = await replayAndCompare({ store: deps.store, readStore, projections: ALL_PROJECTIONS }, (p) => progress(p.events));
    progress(report.events, true);
    await io.out(flags.json ? `${canonicalJson(report)}\n` : describeReplay(report));
    return report.ok ? EXIT_OK : EXIT_PROBLEM;
  } finally {
    await readStore.close();
  }
}

export function describeReplay(r: ReplayReport): string {
  const lines: string[] = [];
  for (const p of r.projections) {
    for (const t of p.tables) {
      const drift = t.onlyLive + t.onlyReplayed;
      lines.push(`${drift ? 'DRIFT' : 'ok   '} ${p.projection}/${t.table} up to position ${p.upToPosition}: ${t.liveRows} live rows, ${t.replayedRows} replayed`);
      if (t.onlyLive) lines.push(`  ${t.onlyLive} rows only in the live table, e.g. ${canonicalJson(t.samples.onlyLive[0])}`);
      if (t.onlyReplayed) lines.push(`  ${t.onlyReplayed} rows only in the replay, e.g. ${canonicalJson(t.samples.onlyReplayed[0])}`);
    }
  }
  lines.push(r.ok ? `NO DRIFT: every read model matches the log (${r.events} events replayed).` : 'DRIFT: the live read models differ from what the log gives.');
  return `${lines.join('\n')}\n`;
}

const counts = (c: StatusCounts) => `met ${c.met} (exceeded ${c.exceeded}), on track ${c.on_track}, striving ${c.striving}, difficult ${c.difficult}, no status ${c.no_status}`;
const indicatorLine = (v: IndicatorStatusView) =>
  `  ${v.code.padEnd(8)} ${v.nameVi} · term: ${v.term.status ?? '—'} (${v.term.value ?? '—'}/${v.term.target ?? '—'}) · ${v.annual.year}: ${v.annual.status ?? '—'} (${v.annual.value ?? '—'}/${v.annual.target ?? '—'})`;

function describeProgram(s: ProgramSummary, indicators: readonly IndicatorStatusView[]): string {
  return [
    `${s.titleVi} (${s.programId}) as of ${s.asOf}, as known at ${s.knownAt}`,
    `${s.indicatorCount} indicators`,
    `term:       ${counts(s.term)}`,
    `plan ${s.annual.year}:  ${counts(s.annual)}`,
    ...indicators.map(indicatorLine),
  ].join('\n');
}

/** `as-of --date D [--known-at T] [--program ID] [--json]`, from the bitemporal read models. */
export async function asOfCommand(flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const asOf = str(flags.date);
  if (!asOf) throw new DomainError('AUDIT.AS_OF_DATE_REQUIRED', '--date YYYY-MM-DD is required', 'validation', 'date');
  const window = { asOf, ...(str(flags['known-at']) ? { knownAt: str(flags['known-at']) } : {}) };
  const programs = str(flags.program)
    ? [str(flags.program)!]
    : (await deps.db.pool.query<{ id: string }>("SELECT DISTINCT data->>'programId' AS id FROM events WHERE type = 'ProgramLaunched' ORDER BY 1")).rows.map((r) => r.id);
  const readStore = await createReadStore(deps.db);
  try {
    const queries = new ReadSideQueries(readStore, null);
    const out: { summary: ProgramSummary; indicators: IndicatorStatusView[] }[] = [];
    for (const id of programs) {
      out.push({ summary: await queries.programSummary(id, window), indicators: (await queries.programIndicators(id, { ...window, limit: '500' })).items });
    }
    await io.out(flags.json ? `${canonicalJson(out)}\n` : `${out.map((p) => describeProgram(p.summary, p.indicators)).join('\n\n') || 'no program in the log'}\n`);
    return EXIT_OK;
  } finally {
    await readStore.close();
  }
}
