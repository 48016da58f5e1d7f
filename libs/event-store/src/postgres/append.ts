import { inTransaction, type SqlClient } from '@chitieu/database';
import type { AppendResult, ExpectedVersion, NewEvent } from '../event-store.port';
import { EventIdConflictError, WrongExpectedVersionError } from '../errors';
import { expectedVersionText, prepareAppend, type PreparedEvent } from './validate-append';

/** One validated append, ready for the database: nothing here has touched it yet. */
export interface AppendCall {
  readonly streamId: string;
  readonly expected: string;
  readonly events: readonly PreparedEvent[];
}

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
}

interface AppendRow {
  status: 'ok' | 'idempotent' | 'wrong_version' | 'id_conflict';
  current_version: number;
  next_version: number | null;
  last_position: string | null;
  conflict_ids: string[] | null;
}

export function prepareCall(req: AppendRequest): AppendCall {
  const expected = expectedVersionText(req.expectedVersion);
  return { streamId: req.streamId, expected, events: prepareAppend(req.streamId, req.events) };
}

/** The append in one statement on the caller's client (and so in the caller's transaction, if any). */
export async function runAppend(client: SqlClient, call: AppendCall): Promise<AppendResult> {
  const row = await callAppend(client, call);
  switch (row.status) {
    case 'ok':
    case 'idempotent':
      return { nextVersion: row.next_version ?? 0, lastPosition: BigInt(row.last_position ?? 0) };
    case 'wrong_version':
      throw new WrongExpectedVersionError(call.streamId, call.expected, row.current_version);
    case 'id_conflict':
      throw new EventIdConflictError(call.streamId, row.conflict_ids ?? []);
  }
}

async function callAppend(client: SqlClient, call: AppendCall): Promise<AppendRow> {
  try {
    // Prepared once per connection: parsing and planning this call cost about as much server CPU
    // as the function's own statements (docs/PERFORMANCE.md).
    const { rows } = await client.query<AppendRow>({
      name: 'chitieu_append',
      text: 'SELECT * FROM chitieu_append($1, $2, $3::jsonb)',
      values: [call.streamId, call.expected, JSON.stringify(call.events)],
    });
    return rows[0];
  } catch (err) {
    // Two appends to different streams racing with the same event id: the unique index decides.
    const { code, constraint } = err as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'events_event_id_key') {
      throw new EventIdConflictError(call.streamId, call.events.map((e) => e.eventId));
    }
    throw err;
  }
}

/** Several streams in one transaction: every stream lock first, in one order, then the appends. */
export async function runAppendMany(client: SqlClient, calls: readonly AppendCall[]): Promise<AppendResult[]> {
  const streams = [...new Set(calls.map((c) => c.streamId))].sort();
  return inTransaction(client, async () => {
    await client.query('SELECT chitieu_lock_stream(s) FROM unnest($1::text[]) AS s', [streams]);
    const results: AppendResult[] = [];
    for (const call of calls) results.push(await runAppend(client, call));
    return results;
  });
}
