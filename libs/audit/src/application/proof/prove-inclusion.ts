import { DomainError } from '@chitieu/kernel';
import { chainHash, type EventStore, type RecordedEvent } from '@chitieu/event-store';
import { formatDigest, type DigestClaim } from '../../domain/digest';
import { leafHash } from '../../domain/merkle';
import { inclusionPath, verifyInclusion } from '../../domain/merkle-proof';
import { buildTree } from '../seal/seal-digest';

export interface InclusionProof {
  readonly digest: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: string;
  readonly eventHash: string;
  /** 0-based index of the event among all events up to the digest's position, in position order. */
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leaf: string;
  /** Sibling hashes from the leaf upwards (RFC 6962 audit path). */
  readonly path: readonly string[];
  readonly root: string;
  /** The event as it reads now still hashes to its stored hash (its content is what was sealed). */
  readonly contentMatches: boolean;
  /** The content matches, the path leads from the leaf to the digest's root, and the count is the sealed one. */
  readonly verified: boolean;
}

/**
 * Proves that one event is among those a digest covers. The path is computed from the log as
 * it is now and checked against the digest's root, so a proof only verifies while the log
 * still holds what was sealed.
 */
export async function proveInclusion(store: EventStore, eventId: string, digest: DigestClaim): Promise<InclusionProof> {
  const leaves: Buffer[] = [];
  let target: { event: RecordedEvent; index: number } | null = null;
  await buildTree(store, digest.upToPosition, 2000, (event, index) => {
    leaves.push(leafHash(event.hash, event.position));
    if (event.eventId === eventId) target = { event, index };
  });
  const found = target as { event: RecordedEvent; index: number } | null;
  if (!found) {
    throw new DomainError('AUDIT.EVENT_NOT_COVERED', `Event ${eventId} is not among the events up to position ${digest.upToPosition} that the digest covers`, 'not_found', 'eventId');
  }
  const { event, index } = found;
  const path = inclusionPath(leaves, index);
  const root = Buffer.from(digest.root, 'hex');
  const contentMatches = chainHash(event.prevHash, event) === event.hash;
  const verified = contentMatches && leaves.length === digest.eventCount && verifyInclusion(leaves[index], index, digest.eventCount, path, root);
  return {
    digest: formatDigest(digest),
    eventId,
    streamId: event.streamId,
    version: event.version,
    position: event.position.toString(),
    eventHash: event.hash,
    leafIndex: index,
    treeSize: leaves.length,
    leaf: leaves[index].toString('hex'),
    path: path.map((p) => p.toString('hex')),
    root: digest.root,
    contentMatches,
    verified,
  };
}
