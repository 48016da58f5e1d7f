import { DomainError } from '@chitieu/kernel';
import { finiteNumber } from '../../../organisation/src/domain/input-rules';
import type { BreakdownEntry, Comparator, Direction, Horizon, MeasureType } from './indicator.events';
import type { IndicatorState } from './indicator.state';

/** A value must make sense for its measure: a percent lies in 0..100, a count is a whole number >= 0. */
export function checkMeasureValue(measure: MeasureType, value: number, field: string, prefix: 'REPORT' | 'TARGET'): number {
  finiteNumber(value, field);
  if (measure === 'percent' && (value < 0 || value > 100)) {
    throw new DomainError(`${prefix}.PERCENT_OUT_OF_RANGE`, `${field} is a percentage and must lie between 0 and 100 (got ${value})`, 'unprocessable', field);
  }
  if (measure !== 'index' && value < 0) {
    throw new DomainError(`${prefix}.NEGATIVE_VALUE`, `${field} may not be negative for a ${measure} (got ${value})`, 'unprocessable', field);
  }
  if (measure === 'count' && !Number.isInteger(value)) {
    throw new DomainError(`${prefix}.COUNT_NOT_INTEGER`, `${field} is a count and must be a whole number (got ${value})`, 'unprocessable', field);
  }
  return value;
}

export function checkBreakdown(measure: MeasureType, breakdown: BreakdownEntry[] | null | undefined): BreakdownEntry[] | null {
  if (!breakdown) return null;
  const units = new Set<string>();
  return breakdown.map((b, i) => {
    if (units.has(b.unitCode)) {
      throw new DomainError('REPORT.BREAKDOWN_DUPLICATE_UNIT', `breakdown names ${b.unitCode} twice`, 'validation', `breakdown[${i}].unitCode`);
    }
    units.add(b.unitCode);
    return { unitCode: b.unitCode, value: checkMeasureValue(measure, b.value, `breakdown[${i}].value`, 'REPORT') };
  });
}

/** `term`, or a plan year inside the term. */
export function checkHorizon(s: IndicatorState, horizon: Horizon, field = 'horizon'): Horizon {
  if (horizon === 'term') return horizon;
  if (!/^\d{4}$/.test(horizon)) throw new DomainError('TARGET.HORIZON_INVALID', `${field} must be "term" or a year such as "2023"`, 'validation', field);
  const year = Number(horizon);
  if (year < s.termStart || year > s.termEnd) {
    throw new DomainError('TARGET.HORIZON_OUTSIDE_TERM', `${field} ${horizon} lies outside the term ${s.termStart}-${s.termEnd}`, 'unprocessable', field);
  }
  return horizon;
}

/** "Under 3%" reads lower-is-better; a comparator that says otherwise is a mistake in the definition. */
export function checkComparator(direction: Direction, comparator: Comparator): void {
  const lower = comparator === 'lt' || comparator === 'lte';
  if (lower !== (direction === 'lower_is_better')) {
    throw new DomainError('INDICATOR.COMPARATOR_MISMATCH', `comparator ${comparator} does not fit direction ${direction}`, 'validation', 'comparator');
  }
}

export function existingIndicator(s: IndicatorState, indicatorId: string): IndicatorState & { definition: NonNullable<IndicatorState['definition']> } {
  if (!s.indicatorId || !s.definition) {
    throw new DomainError('INDICATOR.NOT_FOUND', `Indicator ${indicatorId} does not exist`, 'not_found', 'indicatorId');
  }
  return s as IndicatorState & { definition: NonNullable<IndicatorState['definition']> };
}

/** Definitions, targets and assignments of a retired indicator are frozen. */
export function activeIndicator(s: IndicatorState, indicatorId: string) {
  const ind = existingIndicator(s, indicatorId);
  if (ind.retiredOn) throw new DomainError('INDICATOR.RETIRED', `Indicator ${indicatorId} was retired on ${ind.retiredOn}`, 'conflict', 'indicatorId');
  return ind;
}
