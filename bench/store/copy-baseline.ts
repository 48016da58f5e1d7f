import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportRow } from './import-rows';

/** COPY text format: backslash, tab, newline and carriage return must be escaped. */
const escape = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s);

function line(r: ImportRow, position: bigint, at: string): string {
  const prev = r.prevHash ? `\\\\x${r.prevHash}` : '\\N';
  return `${position}\t${escape(r.streamId)}\t${r.version}\t${r.eventId}\t${r.type}\t${escape(r.data)}\t${escape(r.metadata)}\t${at}\t\\\\x${r.hash}\t${prev}\n`;
}

/** Streams the rows with COPY on the caller's client, inside the caller's transaction. */
export async function copyInto(client: pg.PoolClient, table: string, rows: readonly ImportRow[], firstPosition: bigint, at: Date): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash) FROM STDIN`));
  const iso = at.toISOString();
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += line(rows[i], firstPosition + BigInt(i), iso);
    if (chunk.length > 256 * 1024) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}

/**
 * The raw baseline of the import: finished rows (hashes and all, made beforehand) streamed with
 * COPY into a table shaped and indexed like `events`, in one transaction per batch.
 */
export async function copyRows(client: pg.PoolClient, table: string, rows: readonly ImportRow[], firstPosition: bigint, at: Date): Promise<void> {
  await client.query('BEGIN');
  await copyInto(client, table, rows, firstPosition, at);
  await client.query('COMMIT');
}
