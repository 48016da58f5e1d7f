import type { EventStore, RecordedEvent, SubscribeOptions, SubscriptionHandler } from '@chitieu/event-store';
import type { MessageProducer, OutboundMessage } from '../message-producer.port';
import { KafkaRelay } from './kafka-relay';
import type { RelayCheckpoints } from './relay-checkpoints';
import { categoryTopics, parseRelayedEvent, topicFor } from './relay-message';

const event = (streamId: string, version: number, position: bigint): RecordedEvent => ({
  eventId: `${streamId}#${version}`, streamId, version, position, type: 'ValueReported', data: { v: version },
  metadata: { actor: 'a', role: 'unit', unit: 'YTE', correlationId: `corr-${version}`, causationId: null, reason: null, sourceDocument: null, occurredAt: '2023-06-30' },
  recordedAt: new Date('2023-07-01T00:00:00.000Z'), hash: 'h', prevHash: null,
});

/** A broker whose answers are scripted: 'fail' rejects, 'ack' resolves, 'hold' waits for release(). */
class ScriptedProducer implements MessageProducer {
  readonly attempts: OutboundMessage[][] = [];
  private held: (() => void) | null = null;
  constructor(private readonly script: Array<'fail' | 'ack' | 'hold'>) {}
  async connect() {}
  async disconnect() {}
  async send(messages: readonly OutboundMessage[]): Promise<void> {
    this.attempts.push([...messages]);
    const next = this.script.shift() ?? 'ack';
    if (next === 'fail') throw new Error('broker: NOT_ENOUGH_REPLICAS');
    if (next === 'hold') await new Promise<void>((r) => (this.held = r));
  }
  release() {
    this.held?.();
  }
}

class MemoryCheckpoints implements RelayCheckpoints {
  readonly saves: bigint[] = [];
  constructor(private stored = 0n) {}
  async load() {
    return this.stored;
  }
  async save(_name: string, position: bigint) {
    this.saves.push(position);
    this.stored = position;
  }
}

/** Only what start() touches: it records where the relay asked to resume. */
const storeRecordingFrom = () => {
  const seen: { from?: bigint; handler?: SubscriptionHandler } = {};
  const store = {
    subscribe: (o: SubscribeOptions, handler: SubscriptionHandler) => {
      Object.assign(seen, { from: o.from, handler });
      return { name: 'x', position: () => 0n, lastError: () => null, stop: async () => undefined };
    },
  } as unknown as EventStore;
  return { store, seen };
};

const relayWith = (producer: MessageProducer, checkpoints: MemoryCheckpoints, sleeps: number[] = []) =>
  new KafkaRelay(storeRecordingFrom().store, producer, checkpoints, {
    name: 'kafka-relay', retry: { attempts: 3, firstDelayMs: 100, maxDelayMs: 150 }, sleep: async (ms) => void sleeps.push(ms),
  });

describe('Kafka relay', () => {
  it('publishes one topic per category, keyed by stream, with id, type, position and correlation headers', async () => {
    const producer = new ScriptedProducer([]);
    const checkpoints = new MemoryCheckpoints();
    await relayWith(producer, checkpoints).publish([event('indicator-ct-21', 1, 10n), event('directive-07', 1, 12n)]);
    const [sent] = producer.attempts;
    expect(sent.map((m) => [m.topic, m.key])).toEqual([['chitieu.indicator', 'indicator-ct-21'], ['chitieu.directive', 'directive-07']]);
    expect(sent[0].headers).toMatchObject({ 'event-id': 'indicator-ct-21#1', 'event-type': 'ValueReported', position: '10', 'correlation-id': 'corr-1' });
    expect(parseRelayedEvent(sent[1].value)).toMatchObject({ eventId: 'directive-07#1', position: '12', data: { v: 1 } });
    expect(checkpoints.saves).toEqual([12n]);
  });

  it('keeps store order within a stream across the batch', async () => {
    const producer = new ScriptedProducer([]);
    const events = [event('indicator-a', 1, 1n), event('indicator-b', 1, 2n), event('indicator-a', 2, 3n), event('indicator-a', 3, 4n)];
    await relayWith(producer, new MemoryCheckpoints()).publish(events);
    expect(producer.attempts[0].filter((m) => m.key === 'indicator-a').map((m) => m.headers['stream-version'])).toEqual(['1', '2', '3']);
  });

  it('does not advance the checkpoint until the broker acknowledges', async () => {
    const producer = new ScriptedProducer(['hold']);
    const checkpoints = new MemoryCheckpoints();
    const relay = relayWith(producer, checkpoints);
    const publishing = relay.publish([event('unit-001', 1, 5n)]);
    await new Promise((r) => setImmediate(r));
    expect(checkpoints.saves).toEqual([]);
    expect(relay.status().checkpoint).toBe(0n);
    producer.release();
    await publishing;
    expect(checkpoints.saves).toEqual([5n]);
  });

  it('retries a failed send with growing delays, the same messages in the same order, then advances once', async () => {
    const producer = new ScriptedProducer(['fail', 'fail', 'ack']);
    const checkpoints = new MemoryCheckpoints();
    const sleeps: number[] = [];
    await relayWith(producer, checkpoints, sleeps).publish([event('program-08', 1, 7n), event('program-08', 2, 8n)]);
    expect(producer.attempts).toHaveLength(3);
    expect(producer.attempts[2]).toEqual(producer.attempts[0]);
    expect(sleeps).toEqual([100, 150]);
    expect(checkpoints.saves).toEqual([8n]);
  });

  it('gives the batch back as failed when the broker keeps refusing, and the checkpoint stays', async () => {
    const producer = new ScriptedProducer(['fail', 'fail', 'fail']);
    const checkpoints = new MemoryCheckpoints(3n);
    const relay = relayWith(producer, checkpoints);
    await relay.start();
    await expect(relay.publish([event('program-08', 1, 7n)])).rejects.toThrow('NOT_ENOUGH_REPLICAS');
    expect(checkpoints.saves).toEqual([]);
    expect(relay.status()).toMatchObject({ checkpoint: 3n, published: 0 });
    expect(relay.status().lastError?.message).toMatch(/NOT_ENOUGH_REPLICAS/);
  });

  it('does not send again what it has already had acknowledged when a batch is redelivered', async () => {
    const producer = new ScriptedProducer([]);
    const relay = relayWith(producer, new MemoryCheckpoints());
    await relay.publish([event('unit-001', 1, 5n), event('unit-001', 2, 6n)]);
    await relay.publish([event('unit-001', 2, 6n), event('unit-001', 3, 9n)]);
    expect(producer.attempts.map((a) => a.map((m) => m.headers.position))).toEqual([['5', '6'], ['9']]);
    expect(relay.status().published).toBe(3);
  });

  it('resumes after the stored checkpoint', async () => {
    const { store, seen } = storeRecordingFrom();
    const relay = new KafkaRelay(store, new ScriptedProducer([]), new MemoryCheckpoints(41n), { name: 'kafka-relay' });
    await relay.start();
    expect(seen.from).toBe(41n);
  });
});

describe('topic names', () => {
  it('takes the category before the first dash and keeps the name Kafka-safe', () => {
    expect(topicFor('indicator-ct-21')).toBe('chitieu.indicator');
    expect(topicFor('settings')).toBe('chitieu.settings');
    expect(topicFor('đơn vị-1')).toBe('chitieu.__n_v_');
  });
  it('lists a topic for every category the domain writes', () => {
    expect(categoryTopics()).toEqual(['unit-1', 'program-08', 'indicator-ct-21', 'directive-07', 'document-x'].map((s) => topicFor(s)));
  });
});
