import { parsePeriod } from '@chitieu/kernel';
import { progressPercent, quotedPercentDisagrees } from '@chitieu/monitoring';
import type { IndicatorFacts, ValueFact } from '../indicator-status/indicator-status.state';

/**
 * Data-quality flags, derived at read time from the indicator history of the same (asOf,
 * knownAt) window: a flag depends on targets and on other reports that can be revised or
 * corrected later, so storing flags would freeze a judgement the history no longer supports.
 */
export const FLAG_KINDS = ['quoted_percent_mismatch', 'late_report', 'percent_out_of_range', 'outlier'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface DataQualityFlag {
  readonly kind: FlagKind;
  readonly indicatorId: string;
  readonly period: string;
  readonly reportId: string;
  readonly reportingUnit: string;
  readonly message: string;
  readonly details: Record<string, unknown>;
}

/** A report is late when made more than this many days after its period ends. */
export const REPORT_DEADLINE_DAYS = 30;
/** A value more than this many times above (or below) the median of its kind is an outlier. */
export const OUTLIER_FACTOR = 10;

export function reportDeadline(period: string): string | null {
  try {
    const end = new Date(`${parsePeriod(period).end}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + REPORT_DEADLINE_DAYS);
    return end.toISOString().slice(0, 10);
  } catch {
    return null;
  }
}

export const isLate = (v: Pick<ValueFact, 'period' | 'reportedOn'>): boolean => {
  const deadline = reportDeadline(v.period);
  return deadline !== null && v.reportedOn > deadline;
};

/** The percentage the product computes for a report: against its quoted denominator, else its year's target. */
export function computedPercentOf(ind: IndicatorFacts, v: ValueFact): number | null {
  const year = safeYear(v.period);
  const target = v.quotedTarget ?? (year !== null ? ind.targets.get(String(year))?.value : undefined) ?? ind.targets.get('term')?.value;
  return target === undefined ? null : progressPercent(ind.definition, v.value, target);
}

export function flagsFor(ind: IndicatorFacts): DataQualityFlag[] {
  const values = [...ind.values.values()];
  const medians = mediansOfOthers(values);
  return values.flatMap((v, i) => {
    const flag = (kind: FlagKind, message: string, details: Record<string, unknown>): DataQualityFlag => ({
      kind, indicatorId: ind.id, period: v.period, reportId: v.reportId, reportingUnit: v.reportingUnit, message, details,
    });
    const out: DataQualityFlag[] = [];
    const computed = computedPercentOf(ind, v);
    if (v.quotedPercent !== null && computed !== null && quotedPercentDisagrees(v.quotedPercent, computed)) {
      out.push(flag('quoted_percent_mismatch', `quoted ${v.quotedPercent}% but the figures give ${computed}%`, { quoted: v.quotedPercent, computed }));
    }
    if (isLate(v)) out.push(flag('late_report', `reported on ${v.reportedOn}, after the deadline ${reportDeadline(v.period)}`, { reportedOn: v.reportedOn, deadline: reportDeadline(v.period) }));
    if (ind.definition.measureType === 'percent' && (v.value < 0 || v.value > 100)) {
      out.push(flag('percent_out_of_range', `a percentage of ${v.value} is outside 0-100`, { value: v.value }));
    }
    const median = medians[i];
    if (median !== null && median > 0 && (v.value > median * OUTLIER_FACTOR || v.value * OUTLIER_FACTOR < median)) {
      out.push(flag('outlier', `${v.value} is far from the indicator's usual ${median}`, { value: v.value, median }));
    }
    return out;
  });
}

/**
 * For each value, the median of the other values for periods of the same kind (null when there
 * are fewer than two). Each kind's values are sorted once; leaving one value out of a sorted list
 * shifts the later indices by one, so each median is read off in O(log n), not re-sorted.
 */
export function mediansOfOthers(values: readonly Pick<ValueFact, 'period' | 'value'>[]): (number | null)[] {
  const kinds = values.map((v) => safeKind(v.period));
  const sorted = new Map<string | null, number[]>();
  values.forEach((v, i) => {
    const list = sorted.get(kinds[i]);
    if (list) list.push(v.value);
    else sorted.set(kinds[i], [v.value]);
  });
  for (const list of sorted.values()) list.sort((a, b) => a - b);
  return values.map((v, i) => {
    const all = sorted.get(kinds[i])!;
    const others = all.length - 1;
    if (others < 2) return null;
    const left = lowerBound(all, v.value); // removing any one copy of v.value leaves the same list
    const at = (k: number) => (k < left ? all[k] : all[k + 1]);
    const mid = Math.floor(others / 2);
    return others % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  });
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const safeKind = (period: string) => {
  try {
    return parsePeriod(period).kind;
  } catch {
    return null;
  }
};
const safeYear = (period: string) => {
  try {
    return parsePeriod(period).year;
  } catch {
    return null;
  }
};
