import { formatDigest, peaksAreAuthentic, type DigestClaim, type SealedPeak } from '../../domain/digest';
import { MerkleBuilder } from '../../domain/merkle';

/** A digest to check against the log: one the log records, or one an auditor brings. */
export interface DigestTarget {
  readonly source: 'log' | 'published';
  readonly claim: DigestClaim;
  /** From the log's own seal; used only when they fold to the claimed root. */
  readonly peaks?: readonly SealedPeak[];
}

export interface DigestCheck {
  readonly source: 'log' | 'published';
  readonly digest: string;
  readonly ok: boolean;
  readonly actualCount: number;
  readonly actualRoot: string;
  readonly message: string;
  /** Where the log first departs from what was sealed, when the seal's peaks allow saying so. */
  readonly firstDifference?: { readonly fromEvent: number; readonly toEvent: number; readonly sealedFromPosition: string };
}

interface Pending {
  readonly target: DigestTarget;
  readonly peaks: readonly SealedPeak[];
  readonly boundaries: Map<number, number>;
  readonly seen: Map<number, string>;
}

/**
 * Feeds the one Merkle builder of a verification pass and answers every digest at its position.
 * For a seal with authentic peaks it also records the log's own subtree at each peak's end: a
 * peak ending at leaf B is exactly the top of the builder once B leaves are in.
 */
export class DigestTracker {
  private readonly builder = new MerkleBuilder();
  private readonly pending: Pending[];
  private readonly done: DigestCheck[] = [];

  constructor(targets: readonly DigestTarget[]) {
    this.pending = [...targets]
      .sort((a, b) => (a.claim.upToPosition < b.claim.upToPosition ? -1 : a.claim.upToPosition > b.claim.upToPosition ? 1 : 0))
      .map((target) => {
        const peaks = target.peaks && peaksAreAuthentic(target.peaks, target.claim.root) ? target.peaks : [];
        const boundaries = new Map(peaks.map((p, i) => [p.start + 2 ** p.height, i]));
        return { target, peaks, boundaries, seen: new Map() };
      });
  }

  push(leaf: Buffer, position: bigint): void {
    while (this.pending.length > 0 && this.pending[0].target.claim.upToPosition < position) this.resolve(this.pending.shift()!);
    this.builder.push(leaf, position);
    const size = this.builder.size;
    for (const p of this.pending) {
      const i = p.boundaries.get(size);
      if (i !== undefined) p.seen.set(i, this.builder.lastPeak()!.hash.toString('hex'));
    }
  }

  finish(): DigestCheck[] {
    while (this.pending.length > 0) this.resolve(this.pending.shift()!);
    return this.done;
  }

  private resolve(p: Pending): void {
    const { claim, source } = p.target;
    const actualCount = this.builder.size;
    const actualRoot = this.builder.root().toString('hex');
    const ok = actualCount === claim.eventCount && actualRoot === claim.root;
    const digest = formatDigest(claim);
    if (ok) {
      this.done.push({ source, digest, ok, actualCount, actualRoot, message: `the log holds exactly the ${claim.eventCount} events sealed up to position ${claim.upToPosition}` });
      return;
    }
    const counted =
      actualCount === claim.eventCount
        ? `the log holds ${actualCount} events up to position ${claim.upToPosition}, as sealed, but not the same ones: an event was changed, replaced or moved`
        : `the log holds ${actualCount} events up to position ${claim.upToPosition}, the digest covered ${claim.eventCount}: ${Math.abs(actualCount - claim.eventCount)} ${actualCount < claim.eventCount ? 'missing' : 'added'}`;
    const firstDifference = this.locate(p);
    const located = firstDifference
      ? `; the first difference is among events ${firstDifference.fromEvent}-${firstDifference.toEvent} in position order (sealed from position ${firstDifference.sealedFromPosition})`
      : '';
    this.done.push({ source, digest, ok, actualCount, actualRoot, message: counted + located, firstDifference });
  }

  private locate(p: Pending): DigestCheck['firstDifference'] {
    const i = p.peaks.findIndex((peak, k) => p.seen.get(k) !== peak.root);
    if (i < 0) return undefined;
    const peak = p.peaks[i];
    return { fromEvent: peak.start + 1, toEvent: peak.start + 2 ** peak.height, sealedFromPosition: peak.firstPosition };
  }
}
