import type { AllStreamResolvedEvent, EventData } from '@kurrent/kurrentdb-client';
import { DomainError, type EventMetadata } from '@chitieu/kernel';
import { StoreUnavailableError, WrongExpectedVersionError } from '../errors';
import type { NewEvent } from '../event-store.port';
import { chainHash } from '../hash-chain';
import { mapKurrentError } from './kurrent-errors';
import { kurrentFilter } from './kurrent-filter';
import { RESERVED_METADATA_KEY, fromResolved, sealEvents, toKurrentId, toStreamState, toReadPosition } from './kurrent-mapping';

const metadata: EventMetadata = {
  actor: 'sld-tbxh.nguyen', role: 'secretariat', unit: 'SLDTBXH', correlationId: 'corr-1', causationId: 'cmd-1',
  reason: 'Thông báo 07/TB-BCĐ', sourceDocument: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' }, occurredAt: '2023-06-06',
};
const newEvent = (eventId: string, data: unknown = { taskId: 't1' }): NewEvent => ({ eventId, type: 'TaskAssigned', data, metadata });

/** What the server would give back for a sealed event at a revision and commit position. */
const asStored = (streamId: string, d: EventData, revision: number, commit: bigint): AllStreamResolvedEvent => ({
  event: {
    streamId, id: d.id, isJson: true, revision: BigInt(revision), type: d.type, created: new Date(),
    data: d.data as Record<string, unknown>, metadata: JSON.parse(JSON.stringify(d.metadata)), position: { commit, prepare: commit },
  },
  commitPosition: commit,
});

describe('expected version -> KurrentDB stream state', () => {
  it('maps our 1-based version to the 0-based revision of the last event', () => {
    expect(toStreamState(3)).toBe(2n);
    expect(toStreamState(1)).toBe(0n);
  });
  it('maps version 0 and no_stream to no_stream, any to any', () => {
    expect(toStreamState(0)).toBe('no_stream');
    expect(toStreamState('no_stream')).toBe('no_stream');
    expect(toStreamState('any')).toBe('any');
  });
  it.each([-1, 1.5, Number.NaN])('refuses %p with a validation error naming expectedVersion', (v) => {
    const err = (() => { try { toStreamState(v); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'STREAM.INVALID_EXPECTED_VERSION', field: 'expectedVersion', kind: 'validation' });
  });
});

describe('sealing events and reading them back', () => {
  const at = new Date('2023-08-02T03:04:05.006Z');

  it('gives back the same envelope, with a hash an independent verifier recomputes', () => {
    const id = '5b0c3f4e-8f2a-4c1e-9d6b-2a7e8f9c0d1e';
    const [sealed] = sealEvents('directive-07', [newEvent(id)], null, at);
    const back = fromResolved(asStored('directive-07', sealed, 0, 4242n));
    expect(back).toMatchObject({ streamId: 'directive-07', version: 1, eventId: id, type: 'TaskAssigned', data: { taskId: 't1' }, metadata, position: 4242n, recordedAt: at, prevHash: null });
    expect(back.hash).toBe(chainHash(null, { ...back, recordedAt: back.recordedAt }));
  });

  it('chains a batch to the tip: versions follow it and each prevHash is the hash before', () => {
    const tip = { version: 4, hash: 'ab'.repeat(32), recordedAt: new Date('2023-08-02T03:04:05.000Z') };
    const sealed = sealEvents('directive-07', [newEvent('a'), newEvent('b')], tip, at);
    const [e5, e6] = sealed.map((d, i) => fromResolved(asStored('directive-07', d, 4 + i, 100n + BigInt(i))));
    expect([e5.version, e6.version]).toEqual([5, 6]);
    expect(e5.prevHash).toBe(tip.hash);
    expect(e6.prevHash).toBe(e5.hash);
    expect(e6.hash).toBe(chainHash(e5.hash, e6));
  });

  it('never records an event earlier than its predecessor when the writer clock is behind', () => {
    const tip = { version: 1, hash: 'cd'.repeat(32), recordedAt: new Date('2030-01-01T00:00:00.000Z') };
    const [d] = sealEvents('s-1', [newEvent('x')], tip, at);
    expect(fromResolved(asStored('s-1', d, 1, 1n)).recordedAt.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it("writes KurrentDB's own correlation keys and keeps them out of our metadata", () => {
    const [d] = sealEvents('s-1', [newEvent('x')], null, at);
    expect(d.metadata).toMatchObject({ $correlationId: 'corr-1', $causationId: 'cmd-1' });
    expect(Object.keys(fromResolved(asStored('s-1', d, 0, 1n)).metadata).sort()).toEqual(Object.keys(metadata).sort());
  });

  it('stores the event id as the KurrentDB id, lower case, and reads it back', () => {
    const [d] = sealEvents('s-1', [newEvent('5B0C3F4E-8F2A-4C1E-9D6B-2A7E8F9C0D1E')], null, at);
    expect(d.id).toBe('5b0c3f4e-8f2a-4c1e-9d6b-2a7e8f9c0d1e');
    expect(toKurrentId('ABC')).toBe('abc');
    expect(fromResolved(asStored('s-1', d, 0, 1n)).eventId).toBe('5B0C3F4E-8F2A-4C1E-9D6B-2A7E8F9C0D1E');
  });

  it('refuses an event written by another tool, which has no chain marks', () => {
    const [d] = sealEvents('s-1', [newEvent('x')], null, at);
    const foreign = { ...d, metadata: { actor: 'someone' } } as EventData;
    expect(() => fromResolved(asStored('s-1', foreign, 0, 1n))).toThrow(RESERVED_METADATA_KEY);
  });

  it('reads $all from the start for position 0 and from commit = prepare otherwise', () => {
    expect(toReadPosition(0n)).toBe('start');
    expect(toReadPosition(77n)).toEqual({ commit: 77n, prepare: 77n });
  });
});

describe('client errors -> port errors', () => {
  it('a revision conflict is a WrongExpectedVersionError with our 1-based current version', () => {
    const err = mapKurrentError({ type: 'wrong-expected-version', actualState: 4n }, 'indicator-3', 2);
    expect(err).toBeInstanceOf(WrongExpectedVersionError);
    expect(err).toMatchObject({ code: 'STREAM.WRONG_EXPECTED_VERSION', streamId: 'indicator-3', expected: '2', actual: 5, kind: 'precondition' });
  });
  it('a conflict on a missing stream reports version 0', () => {
    expect(mapKurrentError({ type: 'wrong-expected-version', actualState: 'no_stream' }, 's', 3)).toMatchObject({ actual: 0 });
  });
  it('a lost node is StoreUnavailableError; anything else goes up unchanged', () => {
    expect(mapKurrentError({ type: 'unavailable', message: 'down' }, 's', 'any')).toBeInstanceOf(StoreUnavailableError);
    const other = { type: 'access-denied' };
    expect(mapKurrentError(other, 's', 'any')).toBe(other);
  });
});

describe('server-side filter', () => {
  it('matches event types exactly, not by prefix', () => {
    const f = kurrentFilter({ types: ['TaskCompleted', 'Task.X'] });
    const re = new RegExp((f as { regex: string }).regex);
    expect(['TaskCompleted', 'Task.X'].map((t) => re.test(t))).toEqual([true, true]);
    expect(['TaskCompletedV2', 'TaskAX', '$metadata'].map((t) => re.test(t))).toEqual([false, false, false]);
  });
  it('filters a category by stream prefix', () => {
    expect(kurrentFilter({ streamPrefixes: ['directive-'] })).toMatchObject({ filterOn: 'streamName', prefixes: ['directive-'] });
  });
  it('without a filter, excludes system events', () => {
    const re = new RegExp((kurrentFilter({}) as { regex: string }).regex);
    expect([re.test('$streamCreated'), re.test('UnitRegistered')]).toEqual([false, true]);
  });
  it('refuses types and prefixes together rather than silently dropping one', () => {
    expect(() => kurrentFilter({ types: ['A'], streamPrefixes: ['b-'] })).toThrow(/not both/);
  });
});
