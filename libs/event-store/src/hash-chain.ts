import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The per-stream hash chain (docs/AUDIT.md states it for independent verifiers):
 *   hash = SHA-256( prevHashBytes ‖ UTF-8( canonicalJson([streamId, version, eventId, type, data, metadata, recordedAt]) ) )
 * prevHashBytes is the previous event's 32-byte hash in the same stream, or nothing for version 1;
 * recordedAt is ISO-8601 UTC with milliseconds (Date.toISOString()).
 */
export interface HashableEvent {
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: Date | string;
}

export function canonicalEventText(e: HashableEvent): string {
  const recordedAt = typeof e.recordedAt === 'string' ? e.recordedAt : e.recordedAt.toISOString();
  return eventTextOf(e.streamId, e.version, e.eventId, e.type, canonicalJson(e.data), canonicalJson(e.metadata), recordedAt);
}

/**
 * The same text from data and metadata already in canonical JSON (an append or import has them
 * so): canonicalJson of the seven-element array, written out.
 */
export function eventTextOf(streamId: string, version: number, eventId: string, type: string, dataJson: string, metadataJson: string, recordedAtIso: string): string {
  return `[${JSON.stringify(streamId)},${version},${JSON.stringify(eventId)},${JSON.stringify(type)},${dataJson},${metadataJson},${JSON.stringify(recordedAtIso)}]`;
}

export function chainHash(prevHashHex: string | null, e: HashableEvent): string {
  return hashLink(prevHashHex, canonicalEventText(e));
}

/** SHA-256(prevHashBytes ‖ UTF-8(text)) in hex. */
export function hashLink(prevHashHex: string | null, text: string): string {
  if (!prevHashHex) return hash('sha256', text, 'hex');
  // One-shot hash of prev ‖ text: cheaper than a Hash object per event.
  const prev = Buffer.from(prevHashHex, 'hex'); // 32 bytes, or whatever a tampered row holds
  const input = Buffer.allocUnsafe(prev.length + Buffer.byteLength(text, 'utf8'));
  prev.copy(input, 0);
  input.write(text, prev.length, 'utf8');
  return hash('sha256', input, 'hex');
}
