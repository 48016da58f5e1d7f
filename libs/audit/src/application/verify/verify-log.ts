import type { EventStore, RecordedEvent } from '@chitieu/event-store';
import { claimOf, DIGEST_SEALED, DIGEST_STREAM, type DigestClaim, type DigestSealedData } from '../../domain/digest';
import { leafHash } from '../../domain/merkle';
import { ChainChecker, type ChainFault } from './chain-checker';
import { DigestTracker, type DigestCheck, type DigestTarget } from './digest-tracker';

export interface VerifyProgress {
  readonly events: number;
  readonly position: bigint;
  readonly head: bigint;
}

export interface VerifyOptions {
  /** Digests brought from outside (published); the log's own seals are always checked. */
  readonly published?: readonly DigestClaim[];
  readonly pageSize?: number;
  /** Faults kept after the first; the walk goes on to the end either way. */
  readonly maxFaults?: number;
  readonly onProgress?: (p: VerifyProgress) => void;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly headPosition: string;
  /** In position order: the first is the first bad event of the log. */
  readonly chainFaults: readonly ChainFault[];
  readonly digests: readonly DigestCheck[];
  readonly elapsedMs: number;
}

/** The log's own seals; a malformed one is left to the chain check of the digest stream. */
export async function recordedSeals(store: EventStore): Promise<{ data: DigestSealedData; event: RecordedEvent }[]> {
  const events = await store.readStream(DIGEST_STREAM);
  return events
    .filter((e) => e.type === DIGEST_SEALED)
    .map((event) => ({ event, data: event.data as DigestSealedData }))
    .filter(({ data }) => typeof data?.upToPosition === 'string' && /^\d+$/.test(data.upToPosition) && typeof data.root === 'string');
}

/**
 * One pass over the whole log in position order, in keyset pages: every stream's chain and
 * every digest (the log's seals and any published ones) at once, hashing in Node.
 */
export async function verifyLog(store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> {
  const started = Date.now();
  const pageSize = options.pageSize ?? 2000;
  const maxFaults = options.maxFaults ?? 20;
  const head = await store.headPosition();
  const seals = (await recordedSeals(store)).map(({ data }) => ({ source: 'log' as const, claim: claimOf(data), peaks: data.peaks }));
  // A published text carries only the root; the log's seal of the same root lends its peaks.
  const sameSeal = (c: DigestClaim) => seals.find((s) => s.claim.upToPosition === c.upToPosition && s.claim.root === c.root);
  const targets: DigestTarget[] = [...seals, ...(options.published ?? []).map((claim) => ({ source: 'published' as const, claim, peaks: sameSeal(claim)?.peaks }))];
  const chain = new ChainChecker();
  const digests = new DigestTracker(targets);
  const faults: ChainFault[] = [];
  let events = 0;
  // The next page is read while this one is hashed: on PostgreSQL the server and Node overlap.
  let page = await store.readAll({ after: 0n, limit: pageSize });
  while (page.length > 0) {
    const inRange = page.filter((e) => e.position <= head);
    const more = page.length === pageSize && inRange.length === page.length;
    const next = more ? store.readAll({ after: page[page.length - 1].position, limit: pageSize }) : Promise.resolve([]);
    for (const e of inRange) {
      const fault = chain.check(e);
      if (fault && faults.length < maxFaults) faults.push(fault);
      digests.push(leafHash(e.hash, e.position), e.position);
    }
    events += inRange.length;
    if (inRange.length > 0) options.onProgress?.({ events, position: inRange[inRange.length - 1].position, head });
    page = await next;
  }
  const chainFaults = await refineGaps(store, faults);
  const checks = digests.finish();
  const ok = chainFaults.length === 0 && checks.every((c) => c.ok);
  return { ok, eventsChecked: events, streamsChecked: chain.streamCount, headPosition: head.toString(), chainFaults, digests: checks, elapsedMs: Date.now() - started };
}

/** A version missing where it was expected may sit further on: that is a reordering. */
async function refineGaps(store: EventStore, faults: readonly ChainFault[]): Promise<ChainFault[]> {
  return Promise.all(
    faults.map(async (f) => {
      if (f.kind !== 'gap') return f;
      const missing = Number(f.expected);
      const found = (await store.readStream(f.streamId, { fromVersion: missing, toVersion: missing })).find((e) => e.version === missing);
      if (!found) return { ...f, message: `${f.message} (not in the log: deleted)` };
      return { ...f, kind: 'reorder' as const, message: `version ${f.version} at position ${f.position} comes before version ${missing}, which is at position ${found.position}` };
    }),
  );
}

/** One line a person can act on: the first bad event, or the first failed digest. */
export function firstProblem(report: VerifyReport): string | null {
  const f = report.chainFaults[0];
  if (f) return `${f.kind} in stream ${f.streamId} at version ${f.version}, position ${f.position} (event ${f.eventId}): ${f.message}`;
  const d = report.digests.find((c) => !c.ok);
  return d ? `digest ${d.digest} (${d.source}) does not match: ${d.message}` : null;
}
