import { EventIdConflictError, WrongExpectedVersionError } from '../../errors';
import type { StoreFactory } from '../event-store.contract';
import { ids, newEvent, newEvents, uniqueStream } from '../event-fixtures';

export function appendAndReadCases(store: StoreFactory): void {
  it('appends a new stream from version 1 and reads it back in order', async () => {
    const stream = uniqueStream('unit');
    const events = newEvents(3);
    const result = await store().append(stream, events, { expectedVersion: 'no_stream' });
    const read = await store().readStream(stream);
    expect(result.nextVersion).toBe(3);
    expect(read.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(ids(read)).toEqual(ids(events));
    expect(read[2].position).toBe(result.lastPosition);
    expect(read[0].position < read[1].position && read[1].position < read[2].position).toBe(true);
    expect(read[0]).toMatchObject({ streamId: stream, type: events[0].type, data: events[0].data, metadata: events[0].metadata });
  });

  it('refuses a stale expected version, naming stream, expected and actual, and appends nothing', async () => {
    const stream = uniqueStream('indicator');
    await store().append(stream, newEvents(2), { expectedVersion: 'no_stream' });
    const attempt = store().append(stream, [newEvent()], { expectedVersion: 1 });
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(attempt).rejects.toMatchObject({ code: 'STREAM.WRONG_EXPECTED_VERSION', streamId: stream, expected: '1', actual: 2 });
    expect(await store().readStream(stream)).toHaveLength(2);
  });

  it("treats 'no_stream' as version 0 and 'any' as no check", async () => {
    const stream = uniqueStream('directive');
    await store().append(stream, [newEvent()], { expectedVersion: 'any' });
    await expect(store().append(stream, [newEvent()], { expectedVersion: 'no_stream' })).rejects.toMatchObject({ actual: 1 });
    const result = await store().append(stream, [newEvent()], { expectedVersion: 'any' });
    expect(result.nextVersion).toBe(2);
    await expect(store().append(uniqueStream(), [newEvent()], { expectedVersion: 1 })).rejects.toMatchObject({ actual: 0 });
  });

  it('answers a retried append with its first result and appends nothing', async () => {
    const stream = uniqueStream('report');
    const events = newEvents(2);
    const first = await store().append(stream, events, { expectedVersion: 'no_stream' });
    await store().append(stream, [newEvent()], { expectedVersion: 2 });
    const retry = await store().append(stream, events, { expectedVersion: 'no_stream' });
    expect(retry).toEqual(first);
    expect(await store().readStream(stream)).toHaveLength(3);
  });

  it('refuses event ids already used other than as exactly this append', async () => {
    const stream = uniqueStream('report');
    const events = newEvents(2);
    await store().append(stream, events, { expectedVersion: 'no_stream' });
    const partial = store().append(stream, [events[1], newEvent()], { expectedVersion: 'any' });
    await expect(partial).rejects.toBeInstanceOf(EventIdConflictError);
    await expect(partial).rejects.toMatchObject({ code: 'STREAM.EVENT_ID_CONFLICT', eventIds: [events[1].eventId] });
    await expect(store().append(uniqueStream(), events, { expectedVersion: 'any' })).rejects.toBeInstanceOf(EventIdConflictError);
    expect(await store().readStream(stream)).toHaveLength(2);
  });

  it('reads a version range and what was recorded before an instant', async () => {
    const stream = uniqueStream('task');
    await store().append(stream, newEvents(4), { expectedVersion: 'no_stream' });
    await new Promise((r) => setTimeout(r, 5));
    await store().append(stream, newEvents(1), { expectedVersion: 4 });
    const all = await store().readStream(stream);
    expect((await store().readStream(stream, { fromVersion: 2, toVersion: 3 })).map((e) => e.version)).toEqual([2, 3]);
    const known = await store().readStream(stream, { recordedBefore: all[4].recordedAt });
    expect(known.map((e) => e.version)).toEqual([1, 2, 3, 4]);
    expect(all[4].recordedAt.getTime()).toBeGreaterThan(all[3].recordedAt.getTime());
    expect(await store().readStream(uniqueStream('absent'))).toEqual([]);
  });

  it('reads all streams by position, after a position, with a limit and a type filter', async () => {
    const a = uniqueStream('a');
    const b = uniqueStream('b');
    const start = await store().headPosition();
    await store().append(a, [newEvent('UnitRegistered'), newEvent('UnitRenamed')], { expectedVersion: 'no_stream' });
    const last = await store().append(b, [newEvent('UnitRegistered')], { expectedVersion: 'no_stream' });
    expect(await store().headPosition()).toBeGreaterThanOrEqual(last.lastPosition);
    const mine = (await store().readAll({ after: start, limit: 1000 })).filter((e) => e.streamId === a || e.streamId === b);
    expect(mine.map((e) => `${e.streamId}@${e.version}`)).toEqual([`${a}@1`, `${a}@2`, `${b}@1`]);
    const registered = await store().readAll({ after: start, limit: 1000, types: ['UnitRegistered'] });
    expect(registered.filter((e) => e.streamId === a || e.streamId === b).map((e) => e.streamId)).toEqual([a, b]);
    const page = await store().readAll({ after: mine[0].position, limit: 1 });
    expect(page).toHaveLength(1);
    expect(page[0].position > mine[0].position).toBe(true);
  });
}
