import type { AssessmentStatus, IndicatorDefinition } from '@chitieu/monitoring';

/**
 * An indicator as the history rows of one (asOf, knownAt) window say it was. The fold is pure:
 * the database only chooses the rows (by both times, through indexes); this decides what they mean.
 */
export interface TargetFact {
  readonly value: number;
  readonly oldValue: number | null;
  readonly effectiveDate: string;
  readonly recordedAt: Date;
}

export interface ValueFact {
  readonly reportId: string;
  readonly period: string;
  readonly value: number;
  readonly quotedPercent: number | null;
  readonly quotedTarget: number | null;
  readonly reportingUnit: string;
  /** Business date of the report; a correction keeps the report's date. */
  readonly reportedOn: string;
  readonly effectiveDate: string;
  readonly recordedAt: Date;
  /** The value first reported, when corrections changed it. */
  readonly originalValue: number;
  readonly corrections: number;
}

export interface AssessmentFact {
  readonly status: AssessmentStatus;
  readonly rationale: string;
  readonly asOfDate: string;
  readonly unit: string | null;
  readonly recordedAt: Date;
}

export interface IndicatorFacts {
  readonly id: string;
  readonly programId: string;
  readonly code: string;
  readonly termStart: number;
  readonly termEnd: number;
  definition: IndicatorDefinition;
  retiredOn: string | null;
  lead: string | null;
  coordinating: string[];
  readonly targets: Map<string, TargetFact>;
  readonly values: Map<string, ValueFact>;
  readonly assessments: Map<string, AssessmentFact>;
}
