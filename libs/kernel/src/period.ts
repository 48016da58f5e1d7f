import { DomainError } from './domain-error';

/**
 * A reporting period: `2023` (year), `2023-H1` (half), `2023-Q2` (quarter), `2023-05` (month),
 * or `cum:2023-06-30` (cumulative from the start of the term to a date).
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'cumulative';
export interface Period {
  readonly key: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** First and last day the period covers, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number) => ({
  start: `${y}-${pad(m1)}-01`,
  end: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`,
});

export function parsePeriod(key: string): Period {
  let m: RegExpMatchArray | null;
  if ((m = key.match(/^(\d{4})$/))) return { key, kind: 'year', year: +m[1], ...span(+m[1], 1, 12) };
  if ((m = key.match(/^(\d{4})-H([12])$/))) {
    const h = +m[2];
    return { key, kind: 'half', year: +m[1], ...span(+m[1], h * 6 - 5, h * 6) };
  }
  if ((m = key.match(/^(\d{4})-Q([1-4])$/))) {
    const q = +m[2];
    return { key, kind: 'quarter', year: +m[1], ...span(+m[1], q * 3 - 2, q * 3) };
  }
  if ((m = key.match(/^(\d{4})-(0[1-9]|1[0-2])$/))) {
    return { key, kind: 'month', year: +m[1], ...span(+m[1], +m[2], +m[2]) };
  }
  if ((m = key.match(/^cum:(\d{4})-(\d{2})-(\d{2})$/)) && isIsoDate(key.slice(4))) {
    return { key, kind: 'cumulative', year: +m[1], start: `${m[1]}-01-01`, end: key.slice(4) };
  }
  throw new DomainError(
    'PERIOD.INVALID',
    `"${key}" is not a period: use 2023, 2023-H1, 2023-Q2, 2023-05 or cum:2023-06-30`,
    'validation',
    'period',
  );
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
