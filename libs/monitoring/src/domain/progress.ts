import type { Period } from '@chitieu/kernel';
import type { AssessmentStatus, Comparator, Direction, Horizon, MeasureType } from './indicator.events';

/**
 * Progress and computed status of an indicator: pure functions, the rules written down in
 * docs/READ-SIDE.md ("Computed status"). The product always computes these itself; a quoted
 * percentage from a source document is only compared with them.
 */
export interface Measure {
  readonly measureType: MeasureType;
  readonly direction: Direction;
  readonly comparator: Comparator;
}

/** Counts and money accumulate over a year; percentages, rates, ratios and indexes are levels. */
export const isAccumulating = (m: MeasureType): boolean => m === 'count' || m === 'money';

/** Half-up to 2 decimals, immune to 1.005-style binary noise. */
export const round2 = (x: number): number => Math.round((x + Math.sign(x) * Number.EPSILON) * 100) / 100;

/**
 * Progress in percent, 2 decimals. Higher-is-better: value / target. Lower-is-better:
 * target / value (3% target, 2.23% reached -> 134.53%), null when the value is 0 (the ratio
 * means nothing; the status then comes from the comparator alone) or the target is not positive.
 */
export function progressPercent(m: Measure, value: number, target: number): number | null {
  if (m.direction === 'higher_is_better') return target > 0 ? round2((value / target) * 100) : null;
  if (value <= 0 || target < 0) return null;
  return round2((target / value) * 100);
}

export function meetsTarget(comparator: Comparator, value: number, target: number): boolean {
  switch (comparator) {
    case 'gte':
      return value >= target;
    case 'gt':
      return value > target;
    case 'lte':
      return value <= target;
    case 'lt':
      return value < target;
  }
}

/** Below this share of the expected progress a running year is difficult, not striving. */
export const STRIVING_FLOOR = 0.8;
/** A level measure (or a finished period) at least this close to its target is striving. */
export const STRIVING_PROGRESS = 90;

export interface StatusInput extends Measure {
  readonly value: number;
  readonly target: number;
  /** The period the value is about. */
  readonly period: Period;
  readonly horizon: Horizon;
}

export interface ComputedProgress {
  readonly progress: number | null;
  readonly status: AssessmentStatus;
  /** The share of the annual target a value of this period is expected to reach (1 for levels). */
  readonly expectedShare: number;
}

/**
 * Status of one value against one target. An accumulating value that covers only part of a year
 * is held against the share of the year its period covers (H1: 181/365), not against the date
 * asked about: the value says nothing about days after its period.
 */
export function computeStatus(input: StatusInput): ComputedProgress {
  const progress = progressPercent(input, input.value, input.target);
  const expectedShare = isAccumulating(input.measureType) ? yearShare(input.period) : 1;
  if (meetsTarget(input.comparator, input.value, input.target)) {
    return { progress, expectedShare, status: isExceeded(input) ? 'exceeded' : 'met' };
  }
  if (progress === null) return { progress, expectedShare, status: 'difficult' };
  if (expectedShare < 1) {
    const reached = progress / 100;
    const status = reached >= expectedShare ? 'on_track' : reached >= STRIVING_FLOOR * expectedShare ? 'striving' : 'difficult';
    return { progress, expectedShare, status };
  }
  return { progress, expectedShare, status: progress >= STRIVING_PROGRESS ? 'striving' : 'difficult' };
}

/**
 * "At least 165,000" passed by any amount is exceeded; a bound ("under 3%", "over 98%") is
 * either kept (met) or not: there is nothing to exceed.
 */
function isExceeded(input: StatusInput): boolean {
  if (input.comparator === 'gt' || input.comparator === 'lt') return false;
  return input.value !== input.target;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/** Days the period covers over the days of its year, at most 1. */
export function yearShare(period: Period): number {
  const year = Number(period.end.slice(0, 4));
  const share = days(period.start, period.end) / days(`${year}-01-01`, `${year}-12-31`);
  return Math.min(1, share);
}

/** Quoted and computed percentages further apart than this are a data-quality flag. */
export const QUOTED_PERCENT_TOLERANCE = 0.05;

/** 70.89% quoted for 113,418 / 162,000 (70.01%) disagrees; 70.01 or 70.05 does not. */
export function quotedPercentDisagrees(quoted: number, computed: number): boolean {
  return Math.abs(quoted - computed) > QUOTED_PERCENT_TOLERANCE + 1e-9;
}

export interface DatedValue {
  readonly period: Period;
  readonly value: number;
}

/**
 * The value a horizon is judged on: among values whose period lies inside the horizon (a plan
 * year, or the whole term), the one ending last; on equal ends the longer period (the year over
 * its H2). Term targets of accumulating measures are read as yearly rates ("165,000 a year").
 */
export function pickValueForHorizon<V extends DatedValue>(
  values: readonly V[],
  horizon: Horizon,
  term: { start: number; end: number },
): V | null {
  const [from, to] = horizon === 'term' ? [term.start, term.end] : [Number(horizon), Number(horizon)];
  let best: V | null = null;
  for (const v of values) {
    const y = Number(v.period.end.slice(0, 4));
    if (y < from || y > to || Number(v.period.start.slice(0, 4)) < from) continue;
    if (!best || v.period.end > best.period.end || (v.period.end === best.period.end && v.period.start < best.period.start)) best = v;
  }
  return best;
}
