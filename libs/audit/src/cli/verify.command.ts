import { canonicalJson } from '@chitieu/event-store';
import { parseDigest } from '../domain/digest';
import { proveInclusion } from '../application/proof/prove-inclusion';
import { firstProblem, verifyLog, type VerifyReport } from '../application/verify/verify-log';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, list, progressPrinter, str, type CliDeps, type CliIo, type Flags } from './cli-io';

/** `verify [--digest T]... [--event ID --digest T] [--json]` */
export async function verifyCommand(flags: Flags, io: CliIo, deps: CliDeps): Promise<number> {
  const digests = list(flags.digest).map(parseDigest);
  const eventId = str(flags.event);
  if (eventId) {
    if (digests.length !== 1) {
      io.err('verify --event needs exactly one --digest: the digest the proof leads to\n');
      return EXIT_USAGE;
    }
    return proofCommand(eventId, digests[0], io, deps);
  }
  const total = Number((await deps.db.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events')).rows[0].n);
  const progress = progressPrinter(io, 'verify', total);
  const report = await verifyLog(deps.store, { published: digests, onProgress: (p) => progress(p.events) });
  progress(report.eventsChecked, true);
  await io.out(flags.json ? `${canonicalJson(report)}\n` : describe(report));
  return report.ok ? EXIT_OK : EXIT_PROBLEM;
}

function describe(r: VerifyReport): string {
  const lines = [`${r.eventsChecked} events in ${r.streamsChecked} streams up to position ${r.headPosition}, ${r.elapsedMs} ms`];
  for (const d of r.digests) lines.push(`${d.ok ? 'ok  ' : 'FAIL'} digest (${d.source}) ${d.digest}: ${d.message}`);
  for (const f of r.chainFaults) lines.push(`FAIL ${f.kind} stream ${f.streamId} version ${f.version} position ${f.position} event ${f.eventId}: ${f.message}`);
  const first = firstProblem(r);
  lines.push(first ? `NOT VERIFIED. First problem: ${first}` : 'VERIFIED: every hash chain and every digest holds.');
  return `${lines.join('\n')}\n`;
}

async function proofCommand(eventId: string, digest: ReturnType<typeof parseDigest>, io: CliIo, deps: CliDeps): Promise<number> {
  const p = await proveInclusion(deps.store, eventId, digest);
  await io.out(
    [
      `event ${p.eventId}: stream ${p.streamId} version ${p.version} position ${p.position}`,
      `event hash ${p.eventHash} (${p.contentMatches ? 'matches its content' : 'DOES NOT match its content'})`,
      `leaf ${p.leaf}, index ${p.leafIndex} of ${p.treeSize}`,
      ...p.path.map((h, i) => `  path[${i}] ${h}`),
      `root ${p.root}`,
      p.verified ? 'PROOF VERIFIED: the event is among those the digest covers.' : 'PROOF FAILED: the log no longer holds what the digest covered.',
    ].join('\n') + '\n',
  );
  return p.verified ? EXIT_OK : EXIT_PROBLEM;
}
