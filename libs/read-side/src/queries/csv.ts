/** One CSV column: its header and how to read the cell from a row. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => unknown;
}

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const text = (x: unknown): string =>
    typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' ? x.toString() : JSON.stringify(x);
  const s = Array.isArray(v) ? v.map(text).join('; ') : text(v);
  // Quote what would break the row, and defuse formulas a spreadsheet would run.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so Excel shows Vietnamese diacritics, CRLF lines.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(','), ...rows.map((r) => columns.map((c) => cell(c.value(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const wantsCsv = (accept: string | undefined): boolean => /\btext\/csv\b/i.test(accept ?? '');
