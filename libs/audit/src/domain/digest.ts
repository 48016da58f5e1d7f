import { DomainError } from '@chitieu/kernel';
import { MERKLE_ALGORITHM, rootOfPeaks, type Peak } from './merkle';

/**
 * A sealed digest: the Merkle root over every event up to a global position. It is recorded as
 * a `DigestSealed` event and published outside the system as one line of text:
 *   chitieu-digest:v1:<upToPosition>:<eventCount>:<root, 64 lowercase hex>
 */
export const DIGEST_STREAM = 'audit-digests';
export const DIGEST_SEALED = 'DigestSealed';

export interface SealedPeak {
  /** Leaf index (0-based, in position order) of the subtree's first event. */
  readonly start: number;
  readonly height: number;
  readonly root: string;
  readonly firstPosition: string;
}

export interface DigestSealedData {
  /** Decimal string: positions are 64-bit and JSON numbers are not. */
  readonly upToPosition: string;
  readonly eventCount: number;
  readonly root: string;
  readonly algorithm: typeof MERKLE_ALGORITHM;
  readonly sealedAt: string;
  readonly text: string;
  /**
   * The perfect subtrees the root folds, largest first. They add no trust (they must fold to
   * the root) but let a verifier name the first stretch of the log that no longer matches.
   */
  readonly peaks: readonly SealedPeak[];
}

export interface DigestSealed {
  readonly type: typeof DIGEST_SEALED;
  readonly data: DigestSealedData;
}

export interface DigestClaim {
  readonly upToPosition: bigint;
  readonly eventCount: number;
  readonly root: string;
}

const TEXT = /^chitieu-digest:v1:(\d{1,20}):(\d{1,15}):([0-9a-f]{64})$/;

export function formatDigest(d: DigestClaim): string {
  return `chitieu-digest:v1:${d.upToPosition}:${d.eventCount}:${d.root}`;
}

export function parseDigest(text: string): DigestClaim {
  const m = TEXT.exec(text.trim());
  if (!m) {
    throw new DomainError(
      'AUDIT.DIGEST_MALFORMED',
      'digest must read chitieu-digest:v1:<upToPosition>:<eventCount>:<64 hex digits of the root>',
      'validation',
      'digest',
    );
  }
  const upToPosition = BigInt(m[1]);
  if (upToPosition > 0xffffffffffffffffn) throw new DomainError('AUDIT.DIGEST_MALFORMED', 'digest position exceeds 64 bits', 'validation', 'digest');
  return { upToPosition, eventCount: Number(m[2]), root: m[3] };
}

export function sealedPeaks(peaks: readonly Peak[]): SealedPeak[] {
  return peaks.map((p) => ({ start: p.start, height: p.height, root: p.hash.toString('hex'), firstPosition: p.firstPosition.toString() }));
}

/** Peaks recorded in a seal are only used when they fold to the root the auditor trusts. */
export function peaksAreAuthentic(peaks: readonly SealedPeak[], root: string): boolean {
  if (peaks.length === 0) return false;
  return rootOfPeaks(peaks.map((p) => ({ hash: Buffer.from(p.root, 'hex') }))).toString('hex') === root;
}

export function sealData(claim: DigestClaim, peaks: readonly Peak[], sealedAt: Date): DigestSealedData {
  return {
    upToPosition: claim.upToPosition.toString(),
    eventCount: claim.eventCount,
    root: claim.root,
    algorithm: MERKLE_ALGORITHM,
    sealedAt: sealedAt.toISOString(),
    text: formatDigest(claim),
    peaks: sealedPeaks(peaks),
  };
}

export function claimOf(data: DigestSealedData): DigestClaim {
  return { upToPosition: BigInt(data.upToPosition), eventCount: data.eventCount, root: data.root };
}
