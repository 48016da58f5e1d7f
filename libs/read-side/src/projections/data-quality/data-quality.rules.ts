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
  return values.flatMap((v) => {
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
    const median = medianOfKind(values, v);
    if (median !== null && median > 0 && (v.value > median * OUTLIER_FACTOR || v.value * OUTLIER_FACTOR < median)) {
      out.push(flag('outlier', `${v.value} is far from the indicator's usual ${median}`, { value: v.value, median }));
    }
    return out;
  });
}

/** Median of the other values for periods of the same kind, when there are at least two. */
function medianOfKind(values: readonly ValueFact[], v: ValueFact): number | null {
  const kind = safeKind(v.period);
  const others = values.filter((o) => o !== v && safeKind(o.period) === kind).map((o) => o.value).sort((a, b) => a - b);
  if (others.length < 2) return null;
  const mid = Math.floor(others.length / 2);
  return others.length % 2 ? others[mid] : (others[mid - 1] + others[mid]) / 2;
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
