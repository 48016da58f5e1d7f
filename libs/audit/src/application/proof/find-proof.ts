import type { SqlPool } from '@chitieu/database';
import type { EventStore } from '@chitieu/event-store';
import { DomainError } from '@chitieu/kernel';
import { claimOf, parseDigest, type DigestClaim } from '../../domain/digest';
import { recordedSeals } from '../verify/verify-log';
import { proveInclusion, type InclusionProof } from './prove-inclusion';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The proof of one event against the digest given, or else against the earliest recorded seal
 * that covers it (the smallest tree, the likeliest to have been published).
 */
export async function findProof(pool: SqlPool, store: EventStore, eventId: string, digestText?: string): Promise<InclusionProof> {
  if (!UUID.test(eventId)) throw new DomainError('AUDIT.INVALID_EVENT_ID', 'eventId must be an event UUID', 'validation', 'eventId');
  const digest = digestText ? parseDigest(digestText) : await coveringSeal(pool, store, eventId.toLowerCase());
  return proveInclusion(store, eventId.toLowerCase(), digest);
}

async function coveringSeal(pool: SqlPool, store: EventStore, eventId: string): Promise<DigestClaim> {
  const { rows } = await pool.query<{ position: string }>('SELECT position::text AS position FROM events WHERE event_id = $1::uuid', [eventId]);
  if (rows.length === 0) throw new DomainError('AUDIT.EVENT_NOT_FOUND', `No event ${eventId} in the log`, 'not_found', 'eventId');
  const position = BigInt(rows[0].position);
  const covering = (await recordedSeals(store)).map(({ data }) => claimOf(data)).filter((c) => c.upToPosition >= position);
  if (covering.length === 0) {
    throw new DomainError('AUDIT.NOT_SEALED_YET', `Event ${eventId} was recorded after the last seal; seal the log first`, 'not_found', 'eventId');
  }
  return covering.reduce((a, b) => (b.upToPosition < a.upToPosition ? b : a));
}
