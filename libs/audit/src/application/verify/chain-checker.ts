import { chainHash, type RecordedEvent } from '@chitieu/event-store';

/**
 * Checks each stream's hash chain while the log is read once in position order: every event
 * must be its stream's next version, link to its predecessor's stored hash and hash to its own
 * stored hash. Reading in position order also proves positions increase with versions.
 */
export type ChainFaultKind = 'hash_mismatch' | 'broken_link' | 'gap' | 'reorder' | 'duplicate_version' | 'bad_first_link';

export interface ChainFault {
  readonly kind: ChainFaultKind;
  readonly streamId: string;
  readonly version: number;
  readonly position: string;
  readonly eventId: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

interface Head {
  readonly version: number;
  readonly hash: string;
  readonly position: bigint;
  readonly eventId: string;
}

const where = (e: Pick<RecordedEvent, 'streamId' | 'version' | 'position' | 'eventId'>) => ({
  streamId: e.streamId,
  version: e.version,
  position: e.position.toString(),
  eventId: e.eventId,
});

export class ChainChecker {
  private readonly heads = new Map<string, Head>();

  get streamCount(): number {
    return this.heads.size;
  }

  /** The first fault of this event, or null; the event becomes its stream's head either way. */
  check(e: RecordedEvent): ChainFault | null {
    const head = this.heads.get(e.streamId);
    const fault = e.version === (head?.version ?? 0) + 1 ? this.linkFault(e, head) : this.orderFault(e, head);
    if (!head || e.version >= head.version) this.heads.set(e.streamId, { version: e.version, hash: e.hash, position: e.position, eventId: e.eventId });
    return fault;
  }

  private linkFault(e: RecordedEvent, head: Head | undefined): ChainFault | null {
    const expectedPrev = head?.hash ?? null;
    if (e.prevHash !== expectedPrev) {
      const message = head
        ? `prev_hash does not match the hash of version ${head.version} (event ${head.eventId} at position ${head.position})`
        : 'the first event of a stream must have no prev_hash';
      return { kind: head ? 'broken_link' : 'bad_first_link', ...where(e), message, expected: expectedPrev ?? 'null', actual: e.prevHash ?? 'null' };
    }
    const recomputed = chainHash(expectedPrev, e);
    if (recomputed === e.hash) return null;
    return {
      kind: 'hash_mismatch',
      ...where(e),
      message: 'the stored hash is not the hash of the event as it reads now: its type, data, metadata, id, version or recorded time changed',
      expected: recomputed,
      actual: e.hash,
    };
  }

  private orderFault(e: RecordedEvent, head: Head | undefined): ChainFault {
    const last = head?.version ?? 0;
    if (e.version > last + 1) {
      // A later read may find the missing versions at higher positions (a reordering).
      return { kind: 'gap', ...where(e), message: `version ${e.version} follows version ${last}: version ${last + 1} is missing here`, expected: String(last + 1), actual: String(e.version) };
    }
    if (e.version === last) {
      return { kind: 'duplicate_version', ...where(e), message: `version ${e.version} appears again: first as event ${head!.eventId} at position ${head!.position}`, expected: String(last + 1), actual: String(e.version) };
    }
    return { kind: 'reorder', ...where(e), message: `version ${e.version} comes after version ${last} (position ${head!.position}) in the global order`, expected: String(last + 1), actual: String(e.version) };
  }
}
