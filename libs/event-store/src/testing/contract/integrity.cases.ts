import { chainHash } from '../../hash-chain';
import type { NewEvent } from '../../event-store.port';
import type { StoreFactory } from '../event-store.contract';
import { meta, newEvent, newEvents, uniqueStream } from '../event-fixtures';

export function integrityCases(store: StoreFactory): void {
  it('links each event hash to its predecessor in the stream', async () => {
    const stream = uniqueStream('chain');
    await store().append(stream, newEvents(2), { expectedVersion: 'no_stream' });
    await store().append(stream, newEvents(2), { expectedVersion: 2 });
    const events = await store().readStream(stream);
    expect(events[0].prevHash).toBeNull();
    events.forEach((e, i) => {
      if (i > 0) expect(e.prevHash).toBe(events[i - 1].hash);
      expect(e.hash).toBe(chainHash(e.prevHash, e));
    });
  });

  it('hashes Vietnamese text, quotes, backslashes and control characters the same way as chainHash', async () => {
    const stream = uniqueStream('text');
    const data = {
      title: 'Thông báo 07/TB-BCĐ: rà soát chỉ tiêu "đến hết nhiệm kỳ"',
      path: 'C:\\Hồ sơ\\08-CTr\\TU',
      control: 'tab\tnew line\ncarriage\r\u0001\u001f\u007f end',
      emoji: 'Hà Nội 🏙️',
      numbers: [0.1, 1e21, -0, 70.01, 113418, 2.5e-7],
      nested: { z: null, a: [true, false, { 'khóa "lạ"': '\\"' }] },
    };
    await store().append(stream, [newEvent('DirectiveIssued', data, meta({ reason: 'Sơ kết 6 tháng "đầu năm"\\' }))], {
      expectedVersion: 'no_stream',
    });
    const [e] = await store().readStream(stream);
    expect(e.data).toEqual({ ...data, numbers: [0.1, 1e21, 0, 70.01, 113418, 2.5e-7] });
    expect(e.hash).toBe(chainHash(null, e));
  });

  describe('refuses bad input with a DomainError naming the field, and appends nothing', () => {
    const good = () => [newEvent()];
    const cases: Array<[string, () => [string, NewEvent[]], string, string]> = [
      ['an empty append', () => [uniqueStream(), []], 'STREAM.EMPTY_APPEND', 'events'],
      ['a bad stream id', () => ['-bad stream', good()], 'STREAM.INVALID_ID', 'streamId'],
      ['a non-uuid event id', () => [uniqueStream(), [{ ...newEvent(), eventId: 'not-a-uuid' }]], 'EVENT.INVALID_ID', 'events[0].eventId'],
      ['a bad event type', () => [uniqueStream(), [{ ...newEvent(), type: 'has space' }]], 'EVENT.INVALID_TYPE', 'events[0].type'],
      ['a NUL character', () => [uniqueStream(), [newEvent('T', { note: 'a\u0000b' })]], 'EVENT.INVALID_TEXT', 'events[0].data.note'],
      ['a lone surrogate', () => [uniqueStream(), [newEvent('T', { s: '\ud800' })]], 'EVENT.INVALID_TEXT', 'events[0].data.s'],
      ['a Date in data', () => [uniqueStream(), [newEvent('T', { at: new Date() })]], 'EVENT.NOT_JSON', 'events[0].data.at'],
    ];
    it.each(cases)('%s', async (_title, input, code, field) => {
      const [stream, events] = input();
      await expect(store().append(stream, events, { expectedVersion: 'any' })).rejects.toMatchObject({ name: 'DomainError', code, field });
      if (stream !== '-bad stream') expect(await store().readStream(stream)).toEqual([]);
    });

    it('a duplicate event id in one append', async () => {
      const e = newEvent();
      await expect(store().append(uniqueStream(), [e, e], { expectedVersion: 'any' })).rejects.toMatchObject({
        code: 'EVENT.DUPLICATE_ID',
        field: 'events[1].eventId',
      });
    });

    it('an expected version that is not one', async () => {
      await expect(store().append(uniqueStream(), good(), { expectedVersion: -1 })).rejects.toMatchObject({
        code: 'STREAM.INVALID_EXPECTED_VERSION',
        field: 'expectedVersion',
      });
    });
  });
}
