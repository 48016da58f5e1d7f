import { DomainError } from '@chitieu/kernel';
import { guarded, type SqlPool } from '@chitieu/database';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions } from '../event-store.port';
import { assertStreamId } from './validate-append';

interface EventRow {
  position: string;
  stream_id: string;
  version: number;
  event_id: string;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  /** ISO-8601 UTC with milliseconds, as the hash chain writes it. */
  recorded_at: string;
  hash: string;
  prev_hash: string | null;
}

// The server writes the hashes as hex and the time as ISO text: pg would otherwise parse hex into
// Buffers that go straight back to hex, and parse timestamps with a regular expression (a tenth
// of verify's Node CPU, which is the limit of verify, catch-up and rebuild: docs/PERFORMANCE.md).
const COLUMNS = `position, stream_id, version, event_id, type, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at,
  encode(hash, 'hex') AS hash, encode(prev_hash, 'hex') AS prev_hash`;
export const MAX_READ_LIMIT = 10_000;

export function toRecorded(r: EventRow): RecordedEvent {
  return {
    streamId: r.stream_id,
    version: r.version,
    position: BigInt(r.position),
    eventId: r.event_id,
    type: r.type,
    data: r.data,
    metadata: r.metadata,
    recordedAt: new Date(r.recorded_at),
    hash: r.hash,
    prevHash: r.prev_hash,
  };
}

const invalid = (code: string, message: string, field: string) => new DomainError(code, message, 'validation', field);

function versionBound(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw invalid('STREAM.INVALID_VERSION', `${field} must be a whole number ≥ 0`, field);
  return Math.min(value, 2 ** 31 - 1);
}

/** A stream's events in version order; no visibility bound needed, its appends are serialised. */
export async function readStream(pool: SqlPool, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
  assertStreamId(streamId);
  const from = versionBound(options.fromVersion, 1, 'fromVersion');
  const to = versionBound(options.toVersion, 2 ** 31 - 1, 'toVersion');
  const before = options.recordedBefore;
  if (before !== undefined && (!(before instanceof Date) || Number.isNaN(before.getTime()))) {
    throw invalid('STREAM.INVALID_DATE', 'recordedBefore must be a valid date', 'recordedBefore');
  }
  const { rows } = await guarded(() =>
    pool.query<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND version BETWEEN $2 AND $3
         AND ($4::timestamptz IS NULL OR recorded_at < $4) ORDER BY version`,
      [streamId, from, to, before ?? null],
    ),
  );
  return rows.map(toRecorded);
}

/** Events after a position, below the visibility bound: nothing can later commit behind them. */
export async function readAll(pool: SqlPool, options: ReadAllOptions): Promise<RecordedEvent[]> {
  const { after, limit, types } = options;
  if (typeof after !== 'bigint' || after < 0n) throw invalid('READ.INVALID_POSITION', 'after must be a position ≥ 0', 'after');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_READ_LIMIT) {
    throw invalid('READ.INVALID_LIMIT', `limit must be between 1 and ${MAX_READ_LIMIT}`, 'limit');
  }
  const typeFilter = types && types.length > 0 ? [...types] : null;
  const { rows } = await guarded(() =>
    pool.query<EventRow>(
      `SELECT ${COLUMNS} FROM events
        WHERE position > $1 AND position < (SELECT chitieu_visible_bound())
          AND ($3::text[] IS NULL OR type = ANY($3::text[]))
        ORDER BY position LIMIT $2`,
      [after.toString(), limit, typeFilter],
    ),
  );
  return rows.map(toRecorded);
}

/** Refused at once rather than retried for ever inside the subscription loop. */
export function assertSubscribeOptions(options: SubscribeOptions): void {
  if (typeof options?.from !== 'bigint' || options.from < 0n) throw invalid('READ.INVALID_POSITION', 'from must be a position ≥ 0', 'from');
  const size = options.batchSize;
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > MAX_READ_LIMIT)) {
    throw invalid('READ.INVALID_LIMIT', `batchSize must be between 1 and ${MAX_READ_LIMIT}`, 'batchSize');
  }
}

export async function headPosition(pool: SqlPool): Promise<bigint> {
  const { rows } = await guarded(() =>
    pool.query<{ head: string }>(
      'SELECT coalesce(max(position), 0)::text AS head FROM events WHERE position < (SELECT chitieu_visible_bound())',
    ),
  );
  return BigInt(rows[0].head);
}
