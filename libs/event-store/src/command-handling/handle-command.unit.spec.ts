import { DomainError, fail, ok, type CommandContext, type Decider, type DomainEvent } from '@chitieu/kernel';
import type { EventStore, ExpectedVersion, NewEvent, RecordedEvent } from '../event-store.port';
import { WrongExpectedVersionError } from '../errors';
import { handleCommand } from './handle-command';

type Counted = DomainEvent<'Counted', { n: number }>;
/** Counts up to 3; a fourth count is refused. */
const counter: Decider<{ by: number }, Counted, number> = {
  initialState: () => 0,
  evolve: (s, e) => s + e.data.n,
  decide: (c, s) => (s + c.by > 3 ? fail(new DomainError('COUNT.TOO_HIGH', 'too high', 'unprocessable', 'by')) : ok([{ type: 'Counted', data: { n: c.by } }])),
};

function fakeStore() {
  const appends: { streamId: string; events: readonly NewEvent[]; expectedVersion: ExpectedVersion }[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const store = {
    async readStream(id: string) {
      return streams.get(id) ?? [];
    },
    async append(streamId: string, events: readonly NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }) {
      appends.push({ streamId, events, expectedVersion });
      const stream = streams.get(streamId) ?? [];
      events.forEach((e) => stream.push({ ...e, streamId, version: stream.length + 1, position: BigInt(stream.length + 1), recordedAt: new Date(), hash: '', prevHash: null }));
      streams.set(streamId, stream);
      return { nextVersion: stream.length, lastPosition: BigInt(stream.length) };
    },
  } as unknown as EventStore;
  return { store, appends };
}

const context: CommandContext = {
  actor: 'a', role: 'secretariat', unit: 'SLDTBXH', today: '2023-08-02', occurredAt: '2023-08-01',
  reason: ' Lý do '.normalize('NFD'), sourceDocument: null, correlationId: 'c-1', causationId: 'k-1', idSeed: 'seed-1',
};
const run = (store: EventStore, by: number, expectedVersion?: number, idSeed = `seed-${by}-${expectedVersion}`) =>
  handleCommand(store, { streamId: 'counter-1', resourceId: 'counter-1', decider: counter, command: () => ({ by }), context: { ...context, idSeed }, expectedVersion });

describe('handleCommand', () => {
  it('appends to a new stream expecting no stream, with metadata from the context, trimmed and NFC', async () => {
    const { store, appends } = fakeStore();
    const result = await run(store, 1);
    expect(result).toMatchObject({ streamId: 'counter-1', nextVersion: 1, lastPosition: 1n });
    expect(appends[0].expectedVersion).toBe('no_stream');
    expect(appends[0].events[0].metadata).toEqual({
      actor: 'a', role: 'secretariat', unit: 'SLDTBXH', correlationId: 'c-1', causationId: 'k-1', reason: 'Lý do', sourceDocument: null, occurredAt: '2023-08-01',
    });
  });

  it('expects the version it read, and derives the same event ids from the same idempotency seed', async () => {
    const a = fakeStore();
    const b = fakeStore();
    const first = await run(a.store, 1, undefined, 'command-1');
    await run(a.store, 1, undefined, 'command-2');
    expect(a.appends[1].expectedVersion).toBe(1);
    expect((await run(b.store, 1, undefined, 'command-1')).eventIds).toEqual(first.eventIds);
    expect((await run(b.store, 1, undefined, 'command-3')).eventIds).not.toEqual(first.eventIds);
  });

  it('answers a retry of a seeded command that was recorded with the first result, appending nothing', async () => {
    const { store, appends } = fakeStore();
    const first = await run(store, 2, undefined, 'retry-me');
    await run(store, 1, undefined, 'other');
    const retry = await run(store, 2, undefined, 'retry-me');
    expect(retry).toEqual(first);
    expect(appends).toHaveLength(2);
  });

  it('throws the decider error and appends nothing', async () => {
    const { store, appends } = fakeStore();
    await expect(run(store, 4)).rejects.toMatchObject({ code: 'COUNT.TOO_HIGH', field: 'by' });
    expect(appends).toHaveLength(0);
  });

  it('refuses a stale If-Match before deciding (412), and accepts the current one', async () => {
    const { store, appends } = fakeStore();
    await run(store, 1);
    await expect(run(store, 1, 0)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(appends).toHaveLength(1);
    await expect(run(store, 1, 1)).resolves.toMatchObject({ nextVersion: 2 });
  });
});
