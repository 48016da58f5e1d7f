import { PassThrough } from 'node:stream';
import type { AllStreamResolvedEvent, SubscribeToAllOptions } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-store.port';
import type { KurrentClient } from './kurrent-client';
import { sealEvents } from './kurrent-mapping';
import { KurrentSubscription } from './kurrent-subscription';

/** A $all event as the server would send it, written through sealEvents like a real append. */
const resolved = (commit: bigint, type = 'TaskAssigned'): AllStreamResolvedEvent => {
  const [d] = sealEvents(`s-${commit}`, [{ eventId: `00000000-0000-4000-8000-${commit.toString().padStart(12, '0')}`, type, data: { n: Number(commit) }, metadata: { actor: 'a', role: 'system', unit: null, correlationId: 'c', causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-08-02' } }], null, new Date(0));
  return { event: { streamId: `s-${commit}`, id: d.id, isJson: true, revision: 0n, type, created: new Date(0), data: d.data as Record<string, unknown>, metadata: d.metadata as Record<string, unknown>, position: { commit, prepare: commit } }, commitPosition: commit };
};

/** A client whose subscriptions are streams the test writes to (or breaks). */
function fakeClient() {
  const opened: Array<{ options: SubscribeToAllOptions; stream: PassThrough }> = [];
  const client = {
    subscribeToAll: (options: SubscribeToAllOptions) => {
      const stream = Object.assign(new PassThrough({ objectMode: true }), { unsubscribe: async () => void stream.end() });
      opened.push({ options, stream });
      return stream;
    },
  } as unknown as KurrentClient;
  return { client, opened };
}

const until = async (p: () => boolean) => {
  for (let i = 0; i < 200 && !p(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(p()).toBe(true);
};

describe('KurrentDB subscription', () => {
  it('subscribes after the checkpoint with the server-side filter, and delivers in order', async () => {
    const { client, opened } = fakeClient();
    const seen: RecordedEvent[] = [];
    const sub = KurrentSubscription.start(client, { from: 5n, types: ['TaskAssigned'], name: 'watch' }, async (b) => void seen.push(...b));
    expect(opened[0].options).toMatchObject({ fromPosition: { commit: 5n, prepare: 5n }, filter: { filterOn: 'eventType' } });
    [5n, 7n, 9n].forEach((p) => opened[0].stream.write(resolved(p)));
    await until(() => seen.length === 2);
    expect(seen.map((e) => e.position)).toEqual([7n, 9n]); // 5 is the checkpoint itself
    expect(sub.position()).toBe(9n);
    await sub.stop();
  });

  it('retries a failing handler with the same batch and keeps its position until it succeeds', async () => {
    const { client, opened } = fakeClient();
    const batches: bigint[][] = [];
    let fail = 1;
    const sub = KurrentSubscription.start(client, { from: 0n }, async (b) => {
      batches.push(b.map((e) => e.position));
      if (fail-- > 0) throw new Error('read model down');
    });
    opened[0].stream.write(resolved(3n));
    await until(() => sub.lastError() !== null);
    expect(sub.position()).toBe(0n);
    await until(() => batches.length === 2);
    expect(batches).toEqual([[3n], [3n]]);
    await until(() => sub.position() === 3n && sub.lastError() === null);
    await sub.stop();
  });

  it('resubscribes from the last accepted position when the connection drops', async () => {
    const { client, opened } = fakeClient();
    const seen: bigint[] = [];
    const sub = KurrentSubscription.start(client, { from: 0n }, async (b) => void seen.push(...b.map((e) => e.position)));
    opened[0].stream.write(resolved(4n));
    await until(() => seen.length === 1);
    opened[0].stream.destroy(new Error('connection reset'));
    await until(() => opened.length === 2);
    expect(opened[1].options.fromPosition).toEqual({ commit: 4n, prepare: 4n });
    opened[1].stream.write(resolved(4n));
    opened[1].stream.write(resolved(8n));
    await until(() => seen.length === 2);
    expect(seen).toEqual([4n, 8n]);
    await sub.stop();
  });
});
