import { randomUUID } from 'node:crypto';
import { DomainError, type EventMetadata } from '@chitieu/kernel';
import type { EventStore, RecordedEvent } from '@chitieu/event-store';
import { DIGEST_SEALED, DIGEST_STREAM, formatDigest, sealData, type DigestSealedData } from '../../domain/digest';
import { leafHash, MerkleBuilder } from '../../domain/merkle';

export interface SealResult {
  readonly text: string;
  readonly data: DigestSealedData;
  /** Null when nothing was recorded since the last seal, so no new seal was needed. */
  readonly recorded: RecordedEvent | null;
}

export interface SealOptions {
  readonly actor?: string;
  readonly now?: () => Date;
  readonly pageSize?: number;
}

/** Walks the log up to `upTo` in keyset pages and returns the Merkle builder over it. */
export async function buildTree(store: EventStore, upTo: bigint, pageSize = 2000, visit?: (e: RecordedEvent, index: number) => void): Promise<MerkleBuilder> {
  const builder = new MerkleBuilder();
  let after = 0n;
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    for (const e of page) {
      if (e.position > upTo) return builder;
      visit?.(e, builder.size);
      builder.push(leafHash(e.hash, e.position), e.position);
    }
    if (page.length < pageSize) return builder;
    after = page[page.length - 1].position;
  }
}

/**
 * Seals every event up to the head as a `DigestSealed` event on `audit-digests` and returns the
 * text to publish. A seal is itself an event, so the next seal covers it: each seal vouches for
 * the ones before it. When the head is the last seal itself, nothing new is sealed.
 */
export async function sealDigest(store: EventStore, options: SealOptions = {}): Promise<SealResult> {
  const now = options.now ?? (() => new Date());
  const head = await store.headPosition();
  const last = (await store.readStream(DIGEST_STREAM)).at(-1);
  // Nothing but the last seal itself is newer than what it sealed (or it is not visible yet).
  if (last && last.type === DIGEST_SEALED && head <= last.position) {
    const data = last.data as DigestSealedData;
    return { text: data.text, data, recorded: null };
  }
  if (head === 0n) throw new DomainError('AUDIT.NOTHING_TO_SEAL', 'The log is empty: there is nothing to seal yet', 'conflict', 'log');
  const tree = await buildTree(store, head, options.pageSize);
  const claim = { upToPosition: head, eventCount: tree.size, root: tree.root().toString('hex') };
  const sealedAt = now();
  const data = sealData(claim, tree.currentPeaks(), sealedAt);
  const metadata: EventMetadata = {
    actor: options.actor ?? 'system:audit-sealer',
    role: 'system',
    unit: null,
    correlationId: randomUUID(),
    causationId: null,
    reason: `Seal of ${tree.size} events up to position ${head}`,
    sourceDocument: null,
    occurredAt: sealedAt.toISOString().slice(0, 10),
  };
  await store.append(DIGEST_STREAM, [{ eventId: randomUUID(), type: DIGEST_SEALED, data, metadata }], { expectedVersion: last?.version ?? 'no_stream' });
  const recorded = (await store.readStream(DIGEST_STREAM)).at(-1) ?? null;
  return { text: formatDigest(claim), data, recorded };
}
