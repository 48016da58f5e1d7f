import { DomainError } from '@chitieu/kernel';
import { canonicalJson } from '../canonical-json';
import type { ExpectedVersion, NewEvent } from '../event-store.port';

/** What the append function receives for one event: data and metadata as canonical JSON text. */
export interface PreparedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9._:-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// jsonb cannot store NUL; a lone surrogate has no UTF-8 form and would not read back the same.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Well below the 2^20 positions one transaction owns. */
export const MAX_EVENTS_PER_APPEND = 10_000;

const invalid = (code: string, message: string, field: string) => new DomainError(code, message, 'validation', field);

export function assertStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || !STREAM_ID.test(streamId)) {
    throw invalid('STREAM.INVALID_ID', `Stream id ${JSON.stringify(streamId)} must match ${STREAM_ID.source}`, 'streamId');
  }
}

/** Expected version as the append function takes it: a number, 'no_stream' or 'any'. */
export function expectedVersionText(expected: ExpectedVersion): string {
  if (expected === 'any' || expected === 'no_stream') return expected;
  if (typeof expected === 'number' && Number.isInteger(expected) && expected >= 0 && expected < 2 ** 31) return String(expected);
  throw invalid('STREAM.INVALID_EXPECTED_VERSION', `Expected version ${JSON.stringify(expected)} must be a version number, 'no_stream' or 'any'`, 'expectedVersion');
}

export function prepareAppend(streamId: string, events: readonly NewEvent[]): PreparedEvent[] {
  assertStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) throw invalid('STREAM.EMPTY_APPEND', 'An append needs at least one event', 'events');
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw invalid('STREAM.APPEND_TOO_LARGE', `At most ${MAX_EVENTS_PER_APPEND} events in one append`, 'events');
  }
  const seen = new Set<string>();
  return events.map((e, i) => {
    const prepared = prepareEvent(e, `events[${i}]`);
    if (seen.has(prepared.eventId)) throw invalid('EVENT.DUPLICATE_ID', `Event id ${prepared.eventId} appears twice in one append`, `events[${i}].eventId`);
    seen.add(prepared.eventId);
    return prepared;
  });
}

function prepareEvent(e: NewEvent, field: string): PreparedEvent {
  if (typeof e?.eventId !== 'string' || !UUID.test(e.eventId)) {
    throw invalid('EVENT.INVALID_ID', `Event id ${JSON.stringify(e?.eventId)} is not a UUID`, `${field}.eventId`);
  }
  if (typeof e.type !== 'string' || !EVENT_TYPE.test(e.type)) {
    throw invalid('EVENT.INVALID_TYPE', `Event type ${JSON.stringify(e.type)} must match ${EVENT_TYPE.source}`, `${field}.type`);
  }
  if (e.metadata === null || typeof e.metadata !== 'object' || Array.isArray(e.metadata)) {
    throw invalid('EVENT.INVALID_METADATA', 'Event metadata must be an object', `${field}.metadata`);
  }
  return {
    eventId: e.eventId.toLowerCase(),
    type: e.type,
    data: jsonText(e.data, `${field}.data`),
    metadata: jsonText(e.metadata, `${field}.metadata`),
  };
}

function jsonText(value: unknown, field: string): string {
  const bad = findBadText(value, field);
  if (bad?.kind === 'text') throw invalid('EVENT.INVALID_TEXT', `${bad.path} holds a NUL character or a lone surrogate, which cannot be stored`, bad.path);
  if (bad) throw invalid('EVENT.NOT_JSON', `${bad.path} is not plain JSON (a Date, Map or other object would not read back the same)`, bad.path);
  try {
    return canonicalJson(value === undefined ? null : value);
  } catch (err) {
    throw invalid('EVENT.NOT_JSON', `${field} is not plain JSON: ${(err as Error).message}`, field);
  }
}

type Bad = { kind: 'text' | 'object'; path: string } | null;

/** The first string (value or key) jsonb cannot hold as given, or object that is not plain JSON. */
function findBadText(value: unknown, path: string): Bad {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? { kind: 'text', path } : null;
  if (value === null || typeof value !== 'object') return null;
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]' && tag !== '[object Array]') return { kind: 'object', path };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (BAD_TEXT.test(key)) return { kind: 'text', path: `${path}.${key}` };
    const bad = findBadText(inner, `${path}.${key}`);
    if (bad) return bad;
  }
  return null;
}
