import { createHash, randomUUID } from 'node:crypto';

/** A UUID (version 5 layout) derived from a seed and a name: the same inputs give the same id. */
export function deterministicUuid(seed: string, name: string): string {
  const b = createHash('sha1').update(`${seed}\u0000${name}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Event or resource id for a command: derived from its idSeed when it has one, else random. */
export const idFor = (context: { idSeed?: string }, name: string): string =>
  context.idSeed ? deterministicUuid(context.idSeed, name) : randomUUID();
