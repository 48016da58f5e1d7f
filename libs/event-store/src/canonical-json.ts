/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no white space, numbers and strings
 * as JSON.stringify writes them. Parsing the text and canonicalising again gives the same text,
 * which is what lets an independent verifier re-hash events read back from jsonb.
 */
export function canonicalJson(value: unknown): string {
  // Loops and string building rather than map/filter/join: every append, import and verify
  // runs this on every event (docs/PERFORMANCE.md).
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Non-finite number in event');
      return JSON.stringify(value);
    case 'object':
      break;
    case 'bigint': // JSON.stringify throws for these, as it always did here
    case 'function':
    case 'symbol':
      return JSON.stringify(value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}
