/**
 * What the relay needs from a message broker. `send` resolves only when the broker has
 * acknowledged every message (all in-sync replicas on Kafka), in the order given per key.
 */
export interface OutboundMessage {
  readonly topic: string;
  /** Partitioning key: the stream id, so one stream's events stay in order. */
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface MessageProducer {
  connect(): Promise<void>;
  send(messages: readonly OutboundMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export const MESSAGE_PRODUCER = Symbol('MESSAGE_PRODUCER');
