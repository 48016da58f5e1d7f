import type { FastifyReply } from 'fastify';
import { toCsv, wantsCsv, type CsvColumn } from '../queries/csv';
import { paginate } from '../queries/paging';
import { parseLimit, single, type QueryParams } from '../queries/params';
import type { ListResult } from '../queries/read-side-queries';
import { JSON_TYPE, SerializedBodies } from './serialized-bodies';

const bodies = new SerializedBodies();

/**
 * JSON pages with an opaque cursor, or, for `Accept: text/csv`, the whole filtered list as one
 * CSV file (a spreadsheet wants every row; the lists are program-sized, not event-sized).
 */
export function respondList<T>(reply: FastifyReply, accept: string | undefined, q: QueryParams, result: ListResult<T>, columns: CsvColumn<T>[], filename: string) {
  const limit = parseLimit(q);
  const cursor = single(q, 'cursor');
  if (wantsCsv(accept)) {
    const all = paginate(result.items, result.keyOf, Number.MAX_SAFE_INTEGER, cursor).items;
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}.csv"`);
    return toCsv(columns, all);
  }
  const body = (knownAt: string) => {
    const page = paginate(result.items, result.keyOf, limit, cursor);
    return { ...(result.asOf ? { asOf: result.asOf } : {}), knownAt, count: result.items.length, items: page.items, nextCursor: page.nextCursor };
  };
  if (!result.answer) return body(result.knownAt);
  void reply.type(JSON_TYPE);
  return bodies.text(result.answer, JSON.stringify(q), result.knownAt, body);
}

/** A single answer as JSON: serialised once while it stays the same ('as known now'). */
export function respondOne<T extends { knownAt: string }>(reply: FastifyReply, q: QueryParams, value: T, answer: object | undefined): T | string {
  if (!answer) return value;
  void reply.type(JSON_TYPE);
  return bodies.text(answer, JSON.stringify(q), value.knownAt, (knownAt) => ({ ...value, knownAt }));
}
