import { canonicalJson } from '@chitieu/event-store';
import { prepareAppend } from '../../libs/event-store/src/postgres/validate-append';
import { DomainEventGenerator } from './domain-events';

const take = (seed: number, n: number, streams = 54) => {
  const gen = new DomainEventGenerator(seed, streams, n);
  return Array.from({ length: n }, () => gen.next());
};

describe('the seeded domain event generator', () => {
  it('given the same seed, when generating twice, then writes the same events byte for byte', () => {
    expect(JSON.stringify(take(42, 500))).toBe(JSON.stringify(take(42, 500)));
  });

  it('given another seed, when generating, then the events differ (ids included)', () => {
    const a = take(1, 50).map((e) => e.event.eventId);
    const b = take(2, 50).map((e) => e.event.eventId);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('opens every stream with its definition, term target and assignment, then reports on it', () => {
    const byStream = new Map<string, string[]>();
    for (const { streamId, event } of take(7, 5_000)) byStream.set(streamId, [...(byStream.get(streamId) ?? []), event.type]);
    for (const types of byStream.values()) {
      expect(types.slice(0, 3)).toEqual(['IndicatorDefined', 'TargetSet', 'IndicatorAssigned'].slice(0, types.length));
    }
    const later = [...byStream.values()].flatMap((t) => t.slice(3));
    expect(new Set(later)).toEqual(new Set(['ValueReported', 'ValueCorrected', 'IndicatorAssessed']));
    expect(later.filter((t) => t === 'ValueReported').length / later.length).toBeGreaterThan(0.8);
  });

  it('has this domain’s sizes (~300 B data, ~200 B metadata) and Vietnamese text in NFC, all accepted by the store', () => {
    const events = take(3, 2_000);
    const bytes = (v: unknown) => Buffer.byteLength(canonicalJson(v));
    const data = events.reduce((s, e) => s + bytes(e.event.data), 0) / events.length;
    const metadata = events.reduce((s, e) => s + bytes(e.event.metadata), 0) / events.length;
    expect(data).toBeGreaterThan(250);
    expect(data).toBeLessThan(400);
    expect(metadata).toBeGreaterThan(140);
    expect(metadata).toBeLessThan(240);
    const text = JSON.stringify(events.map((e) => e.event.data));
    expect(text).toMatch(/Số liệu|việc làm|bảo hiểm/);
    expect(text).toBe(text.normalize('NFC'));
    for (const { streamId, event } of events) expect(() => prepareAppend(streamId, [event])).not.toThrow();
  });

  it('moves business dates through the 2021-2025 term as the history grows', () => {
    const events = take(5, 3_000);
    const dates = events.map((e) => e.event.metadata.occurredAt);
    expect(dates[0]).toBe('2021-01-15');
    expect(dates[dates.length - 1] >= '2025-12-01').toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });
});
