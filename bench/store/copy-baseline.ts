import type pg from 'pg';
import { copyInto, type ImportRow } from '../../libs/event-store/src/postgres/import';

/**
 * The raw baseline of the import: finished rows (hashes and all, made beforehand) streamed with
 * COPY into a table shaped and indexed like `events`, in one transaction per batch: the same
 * COPY writer the store's importEvents uses, with none of its other work.
 */
export async function copyRows(client: pg.PoolClient, table: string, rows: readonly ImportRow[], firstPosition: bigint, at: Date): Promise<void> {
  await client.query('BEGIN');
  await copyInto(client, table, rows, firstPosition, at);
  await client.query('COMMIT');
}
