import type { NewEvent, RecordedEvent } from '../event-store.port';
import { planAtVersion, planOnTail } from './kurrent-append-plan';

const ev = (eventId: string): NewEvent => ({
  eventId, type: 'ReportSubmitted', data: {},
  metadata: { actor: 'a', role: 'unit', unit: 'YTE', correlationId: 'c', causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-06-30' },
});
/** A stream whose events carry the given ids, versions from 1, positions 10 apart. */
const stream = (...eventIds: string[]): RecordedEvent[] =>
  eventIds.map((id, i) => ({ ...ev(id), streamId: 's', version: i + 1, position: BigInt((i + 1) * 10), recordedAt: new Date(i), hash: `h${i + 1}`, prevHash: i ? `h${i}` : null }));

describe('append at an expected version', () => {
  it('writes a new stream with no predecessor', () => {
    expect(planAtVersion([ev('a')], 0, [])).toEqual({ kind: 'write', tip: null });
  });
  it('writes after the event at the expected version, chaining to its hash', () => {
    expect(planAtVersion([ev('c')], 2, stream('a', 'b').slice(1))).toMatchObject({ kind: 'write', tip: { version: 2, hash: 'h2' } });
  });
  it('is stale when the stream is shorter than expected', () => {
    expect(planAtVersion([ev('c')], 3, [])).toEqual({ kind: 'stale' });
  });
  it('is stale when other events already follow the expected version', () => {
    expect(planAtVersion([ev('x')], 1, stream('a', 'b'))).toEqual({ kind: 'stale' });
  });
  it('answers a retry with the first result when exactly these events follow', () => {
    expect(planAtVersion([ev('a'), ev('b')], 0, stream('a', 'b'))).toEqual({ kind: 'done', result: { nextVersion: 2, lastPosition: 20n } });
  });
  it('refuses ids already in the stream other than as exactly this append', () => {
    expect(planAtVersion([ev('b'), ev('new')], 1, stream('a', 'b'))).toEqual({ kind: 'ids-taken', eventIds: ['b'] });
  });
});

describe("append with 'any'", () => {
  it('writes after the last event, or as a new stream', () => {
    expect(planOnTail([ev('c')], stream('a', 'b'))).toMatchObject({ kind: 'write', tip: { version: 2 } });
    expect(planOnTail([ev('a')], [])).toEqual({ kind: 'write', tip: null });
  });
  it('recognises a retry even when other events came after it', () => {
    expect(planOnTail([ev('b'), ev('c')], stream('a', 'b', 'c', 'd'))).toEqual({ kind: 'done', result: { nextVersion: 3, lastPosition: 30n } });
  });
  it('refuses a batch that overlaps events already there', () => {
    expect(planOnTail([ev('b'), ev('new')], stream('a', 'b'))).toEqual({ kind: 'ids-taken', eventIds: ['b'] });
    expect(planOnTail([ev('c'), ev('b')], stream('a', 'b', 'c'))).toEqual({ kind: 'ids-taken', eventIds: ['c', 'b'] });
  });
});
