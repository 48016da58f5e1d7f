import type { RecordedEvent } from '../../event-store.port';
import type { StoreFactory } from '../event-store.contract';
import { ids, newEvent, newEvents, ofStream, uniqueStream, waitFor } from '../event-fixtures';

export function subscriptionCases(store: StoreFactory): void {
  it('catches up on history, then receives live appends, in order', async () => {
    const stream = uniqueStream('sub');
    const start = await store().headPosition();
    const history = newEvents(5);
    await store().append(stream, history, { expectedVersion: 'no_stream' });
    const seen: RecordedEvent[] = [];
    const sub = store().subscribe({ from: start, batchSize: 2, name: 'catch-up' }, async (batch) => void seen.push(...batch));
    try {
      await waitFor(() => ofStream(seen, stream).length === 5, 10_000, 'history');
      const live = newEvents(2);
      await store().append(stream, live, { expectedVersion: 5 });
      await waitFor(() => ofStream(seen, stream).length === 7, 10_000, 'live events');
      expect(ids(ofStream(seen, stream))).toEqual([...ids(history), ...ids(live)]);
      expect(sub.position()).toBe(seen[seen.length - 1].position);
      expect(sub.name).toBe('catch-up');
    } finally {
      await sub.stop();
    }
  });

  it('resumes from its checkpoint after being stopped midway: nothing lost, nothing twice', async () => {
    const stream = uniqueStream('resume');
    const start = await store().headPosition();
    const events = newEvents(9);
    await store().append(stream, events, { expectedVersion: 'no_stream' });
    const first: RecordedEvent[] = [];
    const sub = store().subscribe({ from: start, batchSize: 2 }, async (batch) => void first.push(...batch));
    await waitFor(() => ofStream(first, stream).length >= 4, 10_000, 'the first batches');
    await sub.stop();
    const checkpoint = sub.position();
    const afterStop = first.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(first).toHaveLength(afterStop);
    const second: RecordedEvent[] = [];
    const resumed = store().subscribe({ from: checkpoint, batchSize: 3 }, async (batch) => void second.push(...batch));
    try {
      await waitFor(() => ofStream([...first, ...second], stream).length === 9, 10_000, 'the rest');
      expect(ids(ofStream([...first, ...second], stream))).toEqual(ids(events));
    } finally {
      await resumed.stop();
    }
  });

  it('retries a failing handler with the same batch and does not move past it', async () => {
    const stream = uniqueStream('retry');
    const start = await store().headPosition();
    await store().append(stream, newEvents(2), { expectedVersion: 'no_stream' });
    let failures = 0;
    const accepted: RecordedEvent[] = [];
    const sub = store().subscribe({ from: start, batchSize: 100 }, async (batch) => {
      if (ofStream(batch, stream).length > 0 && failures < 2) {
        failures++;
        throw new Error('read model is down');
      }
      accepted.push(...batch);
    });
    try {
      await waitFor(() => failures >= 1, 10_000, 'a failure');
      expect(sub.lastError()?.message).toBe('read model is down');
      expect(sub.position()).toBe(start);
      await waitFor(() => ofStream(accepted, stream).length === 2, 10_000, 'the retried batch');
      expect(ofStream(accepted, stream).map((e) => e.version)).toEqual([1, 2]);
      expect(sub.lastError()).toBeNull();
    } finally {
      await sub.stop();
    }
  });

  it('is not held up by a failed append', async () => {
    const stream = uniqueStream('failed');
    const start = await store().headPosition();
    await store().append(stream, [newEvent()], { expectedVersion: 'no_stream' });
    await expect(store().append(stream, [newEvent()], { expectedVersion: 'no_stream' })).rejects.toThrow();
    const after = newEvent();
    await store().append(stream, [after], { expectedVersion: 1 });
    const seen: RecordedEvent[] = [];
    const sub = store().subscribe({ from: start }, async (batch) => void seen.push(...batch));
    try {
      await waitFor(() => ofStream(seen, stream).length === 2, 10_000, 'both events');
      expect(ofStream(seen, stream).map((e) => e.version)).toEqual([1, 2]);
      expect(ofStream(seen, stream)[1].eventId).toBe(after.eventId);
    } finally {
      await sub.stop();
    }
  });

  it('delivers only the types asked for', async () => {
    const stream = uniqueStream('typed');
    const start = await store().headPosition();
    await store().append(stream, [newEvent('TaskAssigned'), newEvent('TaskCompleted'), newEvent('TaskAssigned')], { expectedVersion: 'no_stream' });
    const seen: RecordedEvent[] = [];
    const sub = store().subscribe({ from: start, types: ['TaskAssigned'] }, async (batch) => void seen.push(...batch));
    try {
      await waitFor(() => ofStream(seen, stream).length === 2, 10_000, 'typed events');
      await new Promise((r) => setTimeout(r, 100));
      expect(ofStream(seen, stream).map((e) => e.version)).toEqual([1, 3]);
    } finally {
      await sub.stop();
    }
  });
}
