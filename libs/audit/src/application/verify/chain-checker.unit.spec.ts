import { chainHash, type RecordedEvent } from '@chitieu/event-store';
import type { EventMetadata } from '@chitieu/kernel';
import { ChainChecker } from './chain-checker';

const meta: EventMetadata = { actor: 'u-ldtbxh', role: 'secretariat', unit: 'SLDTBXH', correlationId: 'c1', causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-06-30' };

/** Given events appended honestly, each hashed onto its stream's previous one. */
function log(spec: [stream: string, data: unknown][]): RecordedEvent[] {
  const heads = new Map<string, { version: number; hash: string }>();
  return spec.map(([streamId, data], i) => {
    const head = heads.get(streamId);
    const base = { streamId, version: (head?.version ?? 0) + 1, eventId: `e${i + 1}`, type: 'ValueReported', data, metadata: meta, recordedAt: new Date(Date.UTC(2023, 7, 2, 0, 0, i)) };
    const hash = chainHash(head?.hash ?? null, base);
    heads.set(streamId, { version: base.version, hash });
    const event: RecordedEvent = { ...base, position: BigInt((i + 1) * 10), hash, prevHash: head?.hash ?? null };
    return event;
  });
}

const honest = () => log([['a', { v: 1 }], ['b', { v: 2 }], ['a', { v: 3 }], ['a', { v: 4 }], ['b', { v: 5 }]]);
const faultsOf = (events: RecordedEvent[]) => {
  const c = new ChainChecker();
  return events.map((e) => c.check(e)).filter((f) => f !== null);
};

describe('chain checker', () => {
  it('given an honest log, then finds nothing and counts its streams', () => {
    const c = new ChainChecker();
    expect(honest().map((e) => c.check(e))).toEqual([null, null, null, null, null]);
    expect(c.streamCount).toBe(2);
  });

  it('when a value changes, then names that event as a hash mismatch', () => {
    const events = honest();
    events[2] = { ...events[2], data: { v: 30 } };
    expect(faultsOf(events)[0]).toMatchObject({ kind: 'hash_mismatch', streamId: 'a', version: 2, position: '30', eventId: 'e3' });
  });

  it('when the actor in the metadata changes, then it is a hash mismatch there', () => {
    const events = honest();
    events[4] = { ...events[4], metadata: { ...meta, actor: 'someone-else' } };
    expect(faultsOf(events)).toMatchObject([{ kind: 'hash_mismatch', streamId: 'b', version: 2, position: '50' }]);
  });

  it('when an event is deleted, then the next one of its stream is a gap', () => {
    const events = honest().filter((e) => e.eventId !== 'e3');
    expect(faultsOf(events)[0]).toMatchObject({ kind: 'gap', streamId: 'a', version: 3, expected: '2', position: '40' });
  });

  it('when two events of a stream swap positions, then the later version read first is reported', () => {
    const events = honest();
    [events[2], events[3]] = [{ ...events[3], position: 30n }, { ...events[2], position: 40n }];
    expect(faultsOf(events)[0]).toMatchObject({ kind: 'gap', streamId: 'a', version: 3, position: '30' });
  });

  it('when a forged event with a correct hash is slipped in, then its successor no longer links', () => {
    const events = honest();
    const forged = { streamId: 'a', version: 2, eventId: 'forged', type: 'ValueReported', data: { v: 99 }, metadata: meta, recordedAt: new Date('2023-08-02T00:00:02.500Z') };
    const hash = chainHash(events[0].hash, forged);
    const renumbered = events.map((e) => (e.streamId === 'a' && e.version >= 2 ? { ...e, version: e.version + 1 } : e));
    renumbered.splice(2, 0, { ...forged, position: 25n, hash, prevHash: events[0].hash } as RecordedEvent);
    expect(faultsOf(renumbered)[0]).toMatchObject({ kind: 'broken_link', streamId: 'a', version: 3, position: '30', expected: hash });
    expect(faultsOf(renumbered)[0].message).toContain('event forged at position 25');
  });

  it('when a forged event keeps a taken version, then the real one is a duplicate', () => {
    const events = honest();
    const forged = { ...events[2], eventId: 'forged', data: { v: 99 }, position: 25n };
    const withForged = [...events.slice(0, 2), { ...forged, hash: chainHash(events[0].hash, forged) }, ...events.slice(2)];
    expect(faultsOf(withForged)[0]).toMatchObject({ kind: 'duplicate_version', streamId: 'a', version: 2, position: '30', eventId: 'e3' });
  });
});
