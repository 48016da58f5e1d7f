import { onEachEngine } from '@chitieu/testing';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { eventStoreContract } from './testing/event-store.contract';

// The contract every engine passes; the KurrentDB adapter runs the same cases from its own spec.
onEachEngine('PostgresEventStore contract', (ctx) => {
  let store: PostgresEventStore | null = null;
  beforeAll(async () => {
    store = await PostgresEventStore.open(ctx.db(), { pollMs: 200, retryStartMs: 20, retryMaxMs: 200 });
  });
  afterAll(() => store?.close());

  eventStoreContract(() => {
    if (!store) throw new Error('The store did not open');
    return store;
  });
});
