import type { AllStreamResolvedEvent, AppendStreamState, EventData, ResolvedEvent } from '@kurrent/kurrentdb-client';
import { DomainError, type EventMetadata } from '@chitieu/kernel';
import type { ExpectedVersion, NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash } from '../hash-chain';

/**
 * How our envelope maps onto a KurrentDB event (documented in docs/SCALE-OUT.md):
 * - data: the event data as JSON; type: the stored type name; id: the event id (a UUID).
 * - metadata JSON: the EventMetadata fields as they are, plus `$correlationId` / `$causationId`
 *   (KurrentDB's own names, so its `$by_correlation_id` projection works) and the reserved key
 *   `_chitieu` holding what the hash chain needs and the server does not give us before writing:
 *   `{ v: 1, eventId, recordedAt, prevHash, hash }`. recordedAt is the writer's clock (ms),
 *   never earlier than the predecessor's, so "as known at" reads stay monotonic per stream.
 */
export const RESERVED_METADATA_KEY = '_chitieu';
const KURRENT_KEYS = ['$correlationId', '$causationId', RESERVED_METADATA_KEY] as const;

export interface ChainMarks {
  readonly v: 1;
  readonly eventId: string;
  readonly recordedAt: string;
  readonly prevHash: string | null;
  readonly hash: string;
}

/** The stream's last event as far as chaining is concerned. */
export interface StreamTip {
  readonly version: number;
  readonly hash: string;
  readonly recordedAt: Date;
}

/** KurrentDB ids are UUIDs, as ours are (the append validates them); stored lower case. */
export const toKurrentId = (eventId: string): string => eventId.toLowerCase();

/** Our versions count from 1; KurrentDB revisions from 0. Version 0 means "nothing there yet". */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any' || expected === 'no_stream') return expected;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new DomainError('STREAM.INVALID_EXPECTED_VERSION', `Expected version must be a whole number ≥ 0, 'no_stream' or 'any', not ${String(expected)}`, 'validation', 'expectedVersion');
  }
  return expected === 0 ? 'no_stream' : BigInt(expected - 1);
}

/** A KurrentDB current revision (or 'no_stream') as our version. */
export const toVersion = (state: bigint | 'no_stream'): number => (state === 'no_stream' ? 0 : Number(state) + 1);

/** Seal a batch: versions follow the tip, each hash chains to the one before. */
export function sealEvents(streamId: string, events: readonly NewEvent[], tip: StreamTip | null, now: Date): EventData[] {
  let prevHash = tip?.hash ?? null;
  const at = new Date(Math.max(now.getTime(), tip?.recordedAt.getTime() ?? 0)).toISOString();
  return events.map((e, i) => {
    const version = (tip?.version ?? 0) + i + 1;
    const hash = chainHash(prevHash, { streamId, version, eventId: e.eventId, type: e.type, data: e.data, metadata: e.metadata, recordedAt: at });
    const marks: ChainMarks = { v: 1, eventId: e.eventId, recordedAt: at, prevHash, hash };
    prevHash = hash;
    const metadata = { ...e.metadata, $correlationId: e.metadata.correlationId, $causationId: e.metadata.causationId, [RESERVED_METADATA_KEY]: marks };
    return { id: toKurrentId(e.eventId), contentType: 'application/json', type: e.type, data: e.data as Record<string, unknown>, metadata };
  });
}

/** A KurrentDB event as our RecordedEvent; refuses events not written through this adapter. */
export function fromResolved(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const e = resolved.event;
  if (!e) throw new Error('KurrentDB returned a link without its event: link resolution is not used by chitieu');
  if (!e.isJson) throw new Error(`Event ${e.id} in ${e.streamId} is not JSON: not written by chitieu`);
  const raw = (e.metadata ?? {}) as Record<string, unknown>;
  const marks = raw[RESERVED_METADATA_KEY] as ChainMarks | undefined;
  if (!marks || marks.v !== 1) throw new Error(`Event ${e.id} in ${e.streamId} has no ${RESERVED_METADATA_KEY} chain marks: not written by chitieu`);
  const metadata = Object.fromEntries(Object.entries(raw).filter(([k]) => !(KURRENT_KEYS as readonly string[]).includes(k)));
  return {
    streamId: e.streamId,
    version: Number(e.revision) + 1,
    eventId: marks.eventId,
    type: e.type,
    data: e.data,
    metadata: metadata as unknown as EventMetadata,
    position: e.position?.commit ?? resolved.commitPosition ?? 0n,
    recordedAt: new Date(marks.recordedAt),
    hash: marks.hash,
    prevHash: marks.prevHash,
  };
}

export const tipOf = (e: RecordedEvent): StreamTip => ({ version: e.version, hash: e.hash, recordedAt: e.recordedAt });

/** A $all position as the client wants it. Normal appends have commit = prepare (no explicit transactions). */
export const toReadPosition = (position: bigint): 'start' | { commit: bigint; prepare: bigint } =>
  position <= 0n ? 'start' : { commit: position, prepare: position };
