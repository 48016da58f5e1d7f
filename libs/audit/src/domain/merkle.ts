import { createHash, hash } from 'node:crypto';

/**
 * The digest tree, after RFC 6962 (Certificate Transparency) section 2.1:
 *   leaf = SHA-256(0x00 ‖ event hash (32 bytes) ‖ position as unsigned 64-bit big-endian)
 *   node = SHA-256(0x01 ‖ left ‖ right)
 * A tree of n > 1 leaves splits at k, the largest power of two below n; this is the same as
 * pairing level by level and promoting an odd last node unchanged. The 0x00/0x01 prefixes keep
 * a leaf from ever being passed off as an inner node. docs/AUDIT.md states it for verifiers.
 */
export const MERKLE_ALGORITHM = 'rfc6962-sha256';

// Inputs are laid out in one scratch buffer and hashed in one call: verify hashes every event.
const leafInput = Buffer.alloc(1 + 32 + 8);
const nodeInput = Buffer.alloc(1 + 32 + 32);

export function leafHash(eventHashHex: string, position: bigint): Buffer {
  if (eventHashHex.length !== 64) {
    // A hash of another length (a tampered row being verified): hashed as its bytes are.
    const pos = Buffer.alloc(8);
    pos.writeBigUInt64BE(position);
    return createHash('sha256').update(Buffer.of(0)).update(Buffer.from(eventHashHex, 'hex')).update(pos).digest();
  }
  leafInput[0] = 0;
  leafInput.write(eventHashHex, 1, 32, 'hex');
  leafInput.writeBigUInt64BE(position, 33);
  return hash('sha256', leafInput, 'buffer');
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (left.length !== 32 || right.length !== 32) return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
  nodeInput[0] = 1;
  left.copy(nodeInput, 1);
  right.copy(nodeInput, 33);
  return hash('sha256', nodeInput, 'buffer');
}

/** The root of an empty tree, as RFC 6962 defines it: SHA-256 of nothing. */
export const EMPTY_ROOT = createHash('sha256').digest();

/** A perfect subtree of 2^height leaves, starting at leaf index `start`. */
export interface Peak {
  readonly height: number;
  readonly start: number;
  readonly hash: Buffer;
  /** Global position of the subtree's first event, so a mismatch can be named in the log. */
  readonly firstPosition: bigint;
}

/**
 * Builds the root over a stream of leaves in O(log n) memory: it keeps the perfect subtrees
 * (peaks) of decreasing size, which is how the RFC 6962 split decomposes any n. Reading the
 * root does not disturb the builder, so one pass can answer several digests.
 */
export class MerkleBuilder {
  private readonly peaks: Peak[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(leaf: Buffer, position = 0n): void {
    let peak: Peak = { height: 0, start: this.count, hash: leaf, firstPosition: position };
    while (this.peaks.length > 0 && this.peaks[this.peaks.length - 1].height === peak.height) {
      const left = this.peaks.pop()!;
      peak = { ...left, height: left.height + 1, hash: nodeHash(left.hash, peak.hash) };
    }
    this.peaks.push(peak);
    this.count += 1;
  }

  /** The newest (smallest) peak: after exactly k·2^h leaves it is the subtree just completed. */
  lastPeak(): Peak | undefined {
    return this.peaks[this.peaks.length - 1];
  }

  currentPeaks(): readonly Peak[] {
    return [...this.peaks];
  }

  root(): Buffer {
    return rootOfPeaks(this.peaks);
  }
}

/** Folds peaks from the right: RFC 6962's split puts the largest perfect subtree on the left. */
export function rootOfPeaks(peaks: readonly Pick<Peak, 'hash'>[]): Buffer {
  if (peaks.length === 0) return EMPTY_ROOT;
  let acc = peaks[peaks.length - 1].hash;
  for (let i = peaks.length - 2; i >= 0; i -= 1) acc = nodeHash(peaks[i].hash, acc);
  return acc;
}

/** The root over leaves held in memory (tests, proofs). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  const b = new MerkleBuilder();
  for (const leaf of leaves) b.push(leaf);
  return b.root();
}
