import type { Batch, KafkaMessage } from 'kafkajs';
import type { WatchedEvent } from '../deadline/deadline-tracker';
import { KafkaDeadlineSource } from './kafka-deadline-source';
import { groupByTopic } from './kafkajs-producer';

const message = (offset: string, value: string): KafkaMessage =>
  ({ offset, key: Buffer.from('directive-07'), value: Buffer.from(value), headers: {}, timestamp: '0', attributes: 0 });
const relayed = (eventId: string, type: string) => JSON.stringify({ eventId, type, streamId: 'directive-07', data: { directiveId: '07', taskId: 't1' } });
const batch = (partition: number, lag: string, messages: KafkaMessage[]) =>
  ({ topic: 'chitieu.directive', partition, messages, offsetLag: () => lag }) as unknown as Batch;

function sinkAndSource() {
  const handled: WatchedEvent[] = [];
  const sink = { caughtUp: 0, handle: (e: WatchedEvent) => void handled.push(e), markCaughtUp() { this.caughtUp++; } };
  const source = new KafkaDeadlineSource({} as never, { groupId: 'deadline-watcher', topic: 'chitieu.directive' });
  const resolved: string[] = [];
  const run = (b: Batch) => source.onBatch({ batch: b, resolveOffset: (o) => void resolved.push(o), heartbeat: async () => undefined }, sink);
  return { handled, sink, source, resolved, run };
}

describe('kafkajs producer adapter', () => {
  it('groups messages by topic and keeps their order inside each topic', () => {
    const m = (topic: string, key: string, value: string) => ({ topic, key, value, headers: { 'event-id': value } });
    const grouped = groupByTopic([m('chitieu.unit', 'unit-1', 'a'), m('chitieu.directive', 'directive-07', 'b'), m('chitieu.unit', 'unit-1', 'c')]);
    expect(grouped.map((t) => [t.topic, t.messages.map((x) => x.value)])).toEqual([['chitieu.unit', ['a', 'c']], ['chitieu.directive', ['b']]]);
    expect(grouped[0].messages[0]).toMatchObject({ key: 'unit-1', headers: { 'event-id': 'a' } });
  });
});

describe('Kafka source of the deadline watcher', () => {
  it('hands each relayed event to the watcher and resolves its offset', async () => {
    const { handled, resolved, run } = sinkAndSource();
    await run(batch(0, '5', [message('0', relayed('e1', 'DirectiveIssued')), message('1', relayed('e2', 'TaskCompleted'))]));
    expect(handled.map((e) => [e.eventId, e.type])).toEqual([['e1', 'DirectiveIssued'], ['e2', 'TaskCompleted']]);
    expect(resolved).toEqual(['0', '1']);
  });

  it('reports caught up once every assigned partition has been read to its end, and only once', async () => {
    const { sink, source, run } = sinkAndSource();
    await run(batch(0, '0', [message('0', relayed('e1', 'TaskAssigned'))]));
    expect(sink.caughtUp).toBe(0); // no assignment known yet
    source.assign([0, 1, 2], [2], sink); // partition 2 is empty; 0 was read to its end before
    await run(batch(1, '3', [message('0', relayed('e2', 'TaskAssigned'))]));
    expect(sink.caughtUp).toBe(0); // partition 1 still has 3 to read
    await run(batch(1, '0', [message('1', relayed('e4', 'TaskAssigned'))]));
    expect(sink.caughtUp).toBe(1);
    await run(batch(1, '0', [message('2', relayed('e5', 'TaskAssigned'))]));
    expect(sink.caughtUp).toBe(1);
  });

  it('is caught up at once when every assigned partition is empty', () => {
    const { sink, source } = sinkAndSource();
    source.assign([0], [0], sink);
    expect(sink.caughtUp).toBe(1);
  });

  it('skips a message that is not a relayed event instead of stopping', async () => {
    const { handled, source, resolved, run } = sinkAndSource();
    await run(batch(0, '1', [message('0', '{not json'), message('1', relayed('e2', 'TaskCancelled'))]));
    expect(handled.map((e) => e.eventId)).toEqual(['e2']);
    expect(source.skipped).toBe(1);
    expect(resolved).toEqual(['0', '1']);
  });
});
