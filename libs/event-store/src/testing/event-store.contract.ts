import type { EventStore } from '../event-store.port';
import { appendAndReadCases } from './contract/append-read.cases';
import { subscriptionCases } from './contract/subscription.cases';
import { integrityCases } from './contract/integrity.cases';

/**
 * The cases every EventStore engine passes (after Emmett's one contract suite for all stores).
 * The factory gives a store on a database that may already hold other tests' events: every case
 * works on its own fresh streams. Call inside a describe block:
 *   eventStoreContract(() => store)
 */
export type StoreFactory = () => EventStore;

export function eventStoreContract(store: StoreFactory): void {
  describe('append and read', () => appendAndReadCases(store));
  describe('subscriptions', () => subscriptionCases(store));
  describe('integrity and validation', () => integrityCases(store));
}
