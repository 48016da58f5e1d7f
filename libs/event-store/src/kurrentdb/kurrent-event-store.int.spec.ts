import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@chitieu/kernel';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash } from '../hash-chain';
import { eventStoreContract } from '../testing/event-store.contract';
import { KurrentEventStore } from './kurrent-event-store';

/**
 * The shared contract every engine passes, then KurrentDB-specific cases. Known gap: the
 * contract's "id reused in another stream" assertion is expected to fail here, because KurrentDB
 * has no index by event id (see docs/SCALE-OUT.md); everything else is meant to pass.
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

  describe('the shared EventStore contract', () => eventStoreContract(() => store));

  it("a retried 'any' append is applied once, even after other events came", async () => {
    const s = `test-${randomUUID()}`;
    const batch = [ev(), ev()];
    const first = await store.append(s, batch, { expectedVersion: 'any' });
    await store.append(s, [ev()], { expectedVersion: 'any' });
    expect(await store.append(s, batch, { expectedVersion: 'any' })).toEqual(first);
    expect(await store.readStream(s)).toHaveLength(3);
  });

  it("keeps the hash chain across 'any' appends racing each other", async () => {
    const s = `test-${randomUUID()}`;
    await Promise.all(Array.from({ length: 4 }, () => store.append(s, [ev()], { expectedVersion: 'any' })));
    const read = await store.readStream(s);
    expect(read.map((e) => e.version)).toEqual([1, 2, 3, 4]);
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
