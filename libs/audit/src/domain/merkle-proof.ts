import { MerkleBuilder, nodeHash } from './merkle';

/**
 * Inclusion proofs (RFC 6962 section 2.1.1 "audit path"; checked as RFC 9162 section 2.1.3.2
 * does): the sibling hashes from the leaf up to the root, nearest first.
 */
const largestPowerOfTwoBelow = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

function subtreeRoot(leaves: readonly Buffer[], from: number, to: number): Buffer {
  const b = new MerkleBuilder();
  for (let i = from; i < to; i += 1) b.push(leaves[i]);
  return b.root();
}

/** PATH(m, D[from:to]) of RFC 6962, iteratively; each level hashes its other half once. */
export function inclusionPath(leaves: readonly Buffer[], index: number): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError(`Leaf ${index} is not in a tree of ${leaves.length}`);
  const path: Buffer[] = [];
  let [from, to, m] = [0, leaves.length, index];
  while (to - from > 1) {
    const k = largestPowerOfTwoBelow(to - from);
    if (m < k) {
      path.push(subtreeRoot(leaves, from + k, to));
      to = from + k;
    } else {
      path.push(subtreeRoot(leaves, from, from + k));
      from += k;
      m -= k;
    }
  }
  return path.reverse();
}

/** Recomputes the root from one leaf and its path; false when they do not lead to `root`. */
export function verifyInclusion(leaf: Buffer, index: number, treeSize: number, path: readonly Buffer[], root: Buffer): boolean {
  if (index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}
