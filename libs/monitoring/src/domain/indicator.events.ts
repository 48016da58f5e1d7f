import type { DomainEvent } from '@chitieu/kernel';

export const MEASURE_TYPES = ['count', 'percent', 'rate_per_10000', 'money', 'ratio', 'index'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export type Direction = 'higher_is_better' | 'lower_is_better';
/** How a value is compared with its target: "under 3%" is `lt`, "at least 95%" is `gte`. */
export type Comparator = 'gte' | 'gt' | 'lte' | 'lt';
/** `term` (the whole 2021-2025 term) or one plan year such as `2023`. */
export type Horizon = 'term' | `${number}`;
export const ASSESSMENT_STATUSES = ['exceeded', 'met', 'on_track', 'striving', 'difficult'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface IndicatorDefinition {
  nameVi: string;
  nameEn: string;
  /** False where the public material does not name the indicator ("Chỉ tiêu 21"). */
  named: boolean;
  group: string;
  unitOfMeasure: string;
  measureType: MeasureType;
  direction: Direction;
  comparator: Comparator;
}

export type IndicatorDefined = DomainEvent<'IndicatorDefined', IndicatorDefinition & {
  indicatorId: string;
  programId: string;
  code: string;
  termStart: number;
  termEnd: number;
}>;
export type IndicatorRevised = DomainEvent<'IndicatorRevised', {
  indicatorId: string;
  changes: Partial<IndicatorDefinition>;
  previous: Partial<IndicatorDefinition>;
}>;
export type IndicatorRetired = DomainEvent<'IndicatorRetired', { indicatorId: string; effectiveDate: string }>;
export type TargetSet = DomainEvent<'TargetSet', { indicatorId: string; horizon: Horizon; value: number }>;
export type TargetRevised = DomainEvent<'TargetRevised', {
  indicatorId: string;
  horizon: Horizon;
  oldValue: number;
  newValue: number;
}>;
export type IndicatorAssigned = DomainEvent<'IndicatorAssigned', {
  indicatorId: string;
  lead: string;
  coordinating: string[];
  effectiveDate: string;
}>;
export type IndicatorReassigned = DomainEvent<'IndicatorReassigned', {
  indicatorId: string;
  lead: string;
  coordinating: string[];
  previousLead: string;
  previousCoordinating: string[];
  effectiveDate: string;
}>;
export interface BreakdownEntry {
  unitCode: string;
  value: number;
}
export type ValueReported = DomainEvent<'ValueReported', {
  indicatorId: string;
  reportId: string;
  /** Period key: 2023, 2023-H1, 2023-Q2, 2023-05, cum:2023-06-30. */
  period: string;
  value: number;
  /** The denominator printed beside the value, if any (113.418/162.000). */
  quotedTarget: number | null;
  /** The percentage as printed in the source document; the product computes its own. */
  quotedPercent: number | null;
  breakdown: BreakdownEntry[] | null;
  note: string | null;
  reportingUnit: string;
}>;
export type ValueCorrected = DomainEvent<'ValueCorrected', {
  indicatorId: string;
  reportId: string;
  period: string;
  oldValue: number;
  newValue: number;
  oldQuotedPercent: number | null;
  newQuotedPercent: number | null;
  oldBreakdown: BreakdownEntry[] | null;
  newBreakdown: BreakdownEntry[] | null;
}>;
export type IndicatorAssessed = DomainEvent<'IndicatorAssessed', {
  indicatorId: string;
  horizon: Horizon;
  status: AssessmentStatus;
  rationale: string;
  /** The date the assessment speaks of (business time). */
  asOfDate: string;
}>;

export type IndicatorEvent =
  | IndicatorDefined
  | IndicatorRevised
  | IndicatorRetired
  | TargetSet
  | TargetRevised
  | IndicatorAssigned
  | IndicatorReassigned
  | ValueReported
  | ValueCorrected
  | IndicatorAssessed;

export const indicatorId = (programId: string, code: string) => `${programId}.${code}`;
export const indicatorStreamId = (id: string) => `indicator-${id}`;
