import pg from 'pg';
import { prepareValue } from 'pg/lib/utils';
import { loadPglite } from './load-pglite';

/**
 * PGlite's own parsers differ from `pg`'s defaults (int8 as number or bigint, bytea as
 * Uint8Array). The shim gives PGlite `pg`'s text parsers for every type either side knows, and
 * serialises parameters as `pg` does, so the same SQL yields the same JS values on both engines:
 * int8 and numeric as strings, timestamptz as Date, json/jsonb parsed, bytea as Buffer.
 */
type Parser = (value: string) => unknown;
type Serializer = (value: unknown) => string;

const HIGHEST_BUILTIN_OID = 6000;
const UNKNOWN_OID = 999_999;
const pgParser = (oid: number) => pg.types.getTypeParser(oid, 'text') as Parser;

function knownOids(): number[] {
  const noParse = pgParser(UNKNOWN_OID);
  const pgliteTypes = loadPglite().types;
  const oids = new Set<number>();
  for (const key of [...Object.keys(pgliteTypes.parsers), ...Object.keys(pgliteTypes.serializers)]) {
    if (/^\d+$/.test(key)) oids.add(Number(key));
  }
  for (let oid = 0; oid < HIGHEST_BUILTIN_OID; oid++) {
    if (pgParser(oid) !== noParse) oids.add(oid);
  }
  return [...oids];
}

const identity: Parser = (value) => value;

// Values arrive already prepared by pg's prepareValue: strings, or Buffers for bytea.
const passThrough: Serializer = (value) =>
  typeof value === 'string' ? value : value instanceof Uint8Array ? `\\x${Buffer.from(value).toString('hex')}` : String(value);

export function pgCompatibleTypes(): { parsers: Record<number, Parser>; serializers: Record<number, Serializer> } {
  const noParse = pgParser(UNKNOWN_OID);
  const parsers: Record<number, Parser> = {};
  const serializers: Record<number, Serializer> = {};
  for (const oid of knownOids()) {
    const parser = pgParser(oid);
    parsers[oid] = parser === noParse ? identity : parser;
    serializers[oid] = passThrough;
  }
  return { parsers, serializers };
}

/** Parameters as `pg` sends them: Dates, arrays, objects and booleans turned into text. */
export const prepareParams = (params: readonly unknown[]): unknown[] => params.map((p) => prepareValue(p));
