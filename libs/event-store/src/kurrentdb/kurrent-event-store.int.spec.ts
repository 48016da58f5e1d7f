import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@chitieu/kernel';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash } from '../hash-chain';
import { KurrentEventStore } from './kurrent-event-store';

/**
 * Needs a KurrentDB server: KURRENTDB_URL=kurrentdb://localhost:2113?tls=false (docker-compose.yml
 * starts one). Without it the suite reports itself skipped by name; nothing is faked.
 */
const url = process.env.KURRENTDB_URL;
const suite = url ? describe : describe.skip;
const title = url ? 'KurrentEventStore against KurrentDB' : 'KurrentEventStore against KurrentDB (skipped: KURRENTDB_URL is not set)';
// jest prints no names for a wholly skipped file: say which suite and why
if (!(url)) process.stderr.write(`SKIPPED: ${title}\n`);

const metadata: EventMetadata = {
  actor: 'test', role: 'system', unit: null, correlationId: 'c', causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-08-02',
};
const ev = (type = 'TaskAssigned', data: unknown = { n: 1 }): NewEvent => ({ eventId: randomUUID(), type, data, metadata });

suite(title, () => {
  let store: KurrentEventStore;
  beforeAll(async () => {
    store = await KurrentEventStore.connect(url!);
  });
  afterAll(async () => store?.close());

  it('appends with expected versions and refuses a stale one with STREAM.WRONG_EXPECTED_VERSION', async () => {
    const s = `test-${randomUUID()}`;
    expect(await store.append(s, [ev(), ev()], { expectedVersion: 'no_stream' })).toMatchObject({ nextVersion: 2 });
    expect(await store.append(s, [ev()], { expectedVersion: 2 })).toMatchObject({ nextVersion: 3 });
    await expect(store.append(s, [ev()], { expectedVersion: 2 })).rejects.toMatchObject({ code: 'STREAM.WRONG_EXPECTED_VERSION', actual: 3 });
    expect((await store.readStream(s)).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('a retried append with the same event ids is applied once', async () => {
    const s = `test-${randomUUID()}`;
    const batch = [ev(), ev()];
    await store.append(s, batch, { expectedVersion: 'no_stream' });
    await store.append(s, batch, { expectedVersion: 'no_stream' });
    await store.append(s, [ev()], { expectedVersion: 'any' });
    const third = [ev()];
    await store.append(s, third, { expectedVersion: 'any' });
    await store.append(s, third, { expectedVersion: 'any' });
    expect(await store.readStream(s)).toHaveLength(4);
  });

  it('keeps the hash chain across appends, verifiable from what is read back', async () => {
    const s = `test-${randomUUID()}`;
    await store.append(s, [ev(), ev()], { expectedVersion: 'no_stream' });
    await store.append(s, [ev()], { expectedVersion: 'any' });
    const read = await store.readStream(s);
    let prev: string | null = null;
    for (const e of read) {
      expect(e.prevHash).toBe(prev);
      expect(e.hash).toBe(chainHash(prev, e));
      prev = e.hash;
    }
  });

  it('subscribes to $all with a type filter, in order, from a bigint position', async () => {
    const type = `Probe${randomUUID().replace(/-/g, '')}`;
    const from = await store.headPosition();
    const s = `test-${randomUUID()}`;
    await store.append(s, [ev(type, { i: 1 }), ev('Other'), ev(type, { i: 2 })], { expectedVersion: 'no_stream' });
    const seen: RecordedEvent[] = [];
    const sub = store.subscribe({ from, types: [type] }, async (batch) => void seen.push(...batch));
    for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    await sub.stop();
    expect(seen.map((e) => e.data)).toEqual([{ i: 1 }, { i: 2 }]);
    expect(seen[1].position).toBeGreaterThan(seen[0].position);
    expect(sub.position()).toBe(seen[1].position);
  });
});
