import type { EventStore, ReadAllOptions, RecordedEvent, SubscribeOptions } from '@chitieu/event-store';
import { StoreDeadlineSource } from './deadline-source';
import type { WatchedEvent } from './deadline-tracker';

const stored = (position: bigint): RecordedEvent => ({
  eventId: `e${position}`, streamId: 'directive-07', version: Number(position), position, type: 'TaskAssigned', data: {},
  metadata: { actor: 'a', role: 'secretariat', unit: null, correlationId: 'c', causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-06-06' },
  recordedAt: new Date(0), hash: 'h', prevHash: null,
});

describe('store source of the deadline watcher', () => {
  it('replays directive events page by page, reports caught up, then follows from the last one read', async () => {
    const log = [1n, 4n, 9n, 12n, 15n].map(stored);
    const calls: string[] = [];
    let subscribedFrom: SubscribeOptions | undefined;
    const store = {
      readAll: async (o: ReadAllOptions) => {
        calls.push(`read after ${o.after}`);
        return log.filter((e) => e.position > o.after).slice(0, o.limit);
      },
      subscribe: (o: SubscribeOptions) => {
        calls.push('subscribe');
        subscribedFrom = o;
        return { name: 'deadline-watcher', position: () => o.from, lastError: () => null, stop: async () => undefined };
      },
    } as unknown as EventStore;
    const handled: WatchedEvent[] = [];
    const sink = { handle: (e: WatchedEvent) => void handled.push(e), markCaughtUp: () => void calls.push('caught up') };

    await new StoreDeadlineSource(store, 2).start(sink);

    expect(handled.map((e) => e.eventId)).toEqual(['e1', 'e4', 'e9', 'e12', 'e15']);
    expect(calls).toEqual(['read after 0', 'read after 4', 'read after 12', 'caught up', 'subscribe']);
    expect(subscribedFrom).toMatchObject({ from: 15n, types: expect.arrayContaining(['DirectiveIssued', 'TaskCompleted', 'TaskWentOverdue']) });
  });
});
