import { canonicalJson } from '@chitieu/event-store';
import { sealDigest } from '../application/seal/seal-digest';
import { history, type HistoryEntry } from '../application/queries/history.query';
import { CSV_HEADER, exportRange, toCsv, toJsonl } from '../application/queries/export-events';
import { EXIT_OK, progressPrinter, str, type CliDeps, type CliIo, type Flags } from './cli-io';

/** `seal`: prints only the digest text on stdout, ready to publish. */
export async function sealCommand(_flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const result = await sealDigest(deps.store, { actor: `cli:${process.env.USER ?? 'operator'}` });
  io.err(result.recorded ? `sealed ${result.data.eventCount} events up to position ${result.data.upToPosition}\n` : 'nothing new since the last seal; its digest:\n');
  await io.out(`${result.text}\n`);
  return EXIT_OK;
}

const documentText = (d: unknown): string => {
  if (!d || typeof d !== 'object') return '';
  const doc = d as { issuer?: string; number?: string; date?: string };
  return ` on ${doc.number ?? '?'} (${doc.issuer ?? '?'}, ${doc.date ?? '?'})`;
};

export function historyLine(h: HistoryEntry): string {
  return [
    `#${h.position} ${h.type} · ${h.streamId} v${h.version}`,
    `  who: ${h.actor} (${h.role}${h.unit ? `, ${h.unit}` : ''})`,
    `  when: effective ${h.occurredAt}, recorded ${h.recordedAt}`,
    `  why: ${h.reason ?? '(no reason given)'}${documentText(h.sourceDocument)}`,
    `  what: ${canonicalJson(h.changes)}`,
  ].join('\n');
}

/** `history --indicator ID | --unit CODE | --document "07/TB-BCĐ" [--json]` */
export async function historyCommand(flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const entries = await history(deps.db.pool, { indicator: str(flags.indicator), unit: str(flags.unit), document: str(flags.document), limit: 10000 });
  if (flags.json) await io.out(`${canonicalJson(entries)}\n`);
  else await io.out(entries.length ? `${entries.map(historyLine).join('\n')}\n${entries.length} events\n` : 'no event touches it\n');
  return EXIT_OK;
}

/** `export [--from F] [--to T] [--format jsonl|csv]` to stdout, progress on stderr. */
export async function exportCommand(flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const format = str(flags.format) ?? 'jsonl';
  const rows = exportRange(deps.db.pool, { from: str(flags.from), to: str(flags.to), format });
  const progress = progressPrinter(io, 'export', null);
  if (format === 'csv') await io.out(CSV_HEADER);
  let n = 0;
  for await (const row of rows) {
    await io.out(format === 'csv' ? toCsv(row) : toJsonl(row));
    progress(++n);
  }
  progress(n, true);
  return EXIT_OK;
}
