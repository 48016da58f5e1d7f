import type { RecordedEvent } from '@chitieu/event-store';
import type { OutboundMessage } from '../message-producer.port';

/** Header names on every relayed message; consumers deduplicate by `event-id`. */
export const HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  position: 'position',
  correlationId: 'correlation-id',
  streamId: 'stream-id',
  version: 'stream-version',
} as const;

export const DEFAULT_TOPIC_PREFIX = 'chitieu';

/** The category of a stream: its id up to the first '-' ('indicator-ct-21' -> 'indicator'). */
export const categoryOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
};

/** The product's stream categories (unit-, program-, indicator-, directive-, document-). */
export const CATEGORIES = ['unit', 'program', 'indicator', 'directive', 'document'] as const;

/** The topics to create ahead of the relay's start (auto-creation is off in production). */
export const categoryTopics = (prefix = DEFAULT_TOPIC_PREFIX): string[] => CATEGORIES.map((c) => `${prefix}.${c}`);

/** One topic per category; characters Kafka does not allow in a topic name become '_'. */
export const topicFor = (streamId: string, prefix = DEFAULT_TOPIC_PREFIX): string =>
  `${prefix}.${categoryOf(streamId).replace(/[^a-zA-Z0-9._-]/g, '_')}`;

/** The integration message: the whole envelope as JSON (bigint position as a string). */
export interface RelayedEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
  /** Store position as a bigint string. */
  readonly position: string;
  readonly recordedAt: string;
  readonly hash: string;
  readonly prevHash: string | null;
}

export function toOutboundMessage(e: RecordedEvent, prefix = DEFAULT_TOPIC_PREFIX): OutboundMessage {
  const body: RelayedEvent = {
    eventId: e.eventId, streamId: e.streamId, version: e.version, type: e.type, data: e.data,
    metadata: { ...e.metadata }, position: e.position.toString(), recordedAt: e.recordedAt.toISOString(), hash: e.hash, prevHash: e.prevHash,
  };
  return {
    topic: topicFor(e.streamId, prefix),
    key: e.streamId,
    value: JSON.stringify(body),
    headers: {
      [HEADERS.eventId]: e.eventId,
      [HEADERS.type]: e.type,
      [HEADERS.position]: e.position.toString(),
      [HEADERS.correlationId]: e.metadata.correlationId,
      [HEADERS.streamId]: e.streamId,
      [HEADERS.version]: String(e.version),
    },
  };
}

/** Read a relayed message back; refuses a body that is not one of ours. */
export function parseRelayedEvent(value: string): RelayedEvent {
  const body = JSON.parse(value) as Partial<RelayedEvent>;
  if (typeof body.eventId !== 'string' || typeof body.type !== 'string' || typeof body.streamId !== 'string') {
    throw new Error('Not a chitieu relayed event: eventId, type and streamId are required');
  }
  return body as RelayedEvent;
}
