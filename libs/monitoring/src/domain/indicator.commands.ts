import type { Handover, KnownUnits } from '../../../organisation/src/domain/access.policy';
import type { AssessmentStatus, BreakdownEntry, Horizon, IndicatorDefinition, ValueReported } from './indicator.events';

/** What the handler learnt from the program's stream; null when the program does not exist. */
export interface ProgramFacts {
  readonly termStart: number;
  readonly termEnd: number;
  readonly groupCodes: readonly string[];
}

export type DefineIndicator = {
  type: 'DefineIndicator';
  data: IndicatorDefinition & { programId: string; code: string };
  program: ProgramFacts | null;
};
export type ReviseIndicator = {
  type: 'ReviseIndicator';
  data: { indicatorId: string; changes: Partial<IndicatorDefinition> };
  program: ProgramFacts | null;
};
export type RetireIndicator = { type: 'RetireIndicator'; data: { indicatorId: string; effectiveDate: string } };
export type SetTarget = { type: 'SetTarget'; data: { indicatorId: string; horizon: Horizon; value: number } };
export type ReviseTarget = { type: 'ReviseTarget'; data: { indicatorId: string; horizon: Horizon; oldValue: number; newValue: number } };
export type AssignIndicator = {
  type: 'AssignIndicator';
  data: { indicatorId: string; lead: string; coordinating: string[]; effectiveDate: string };
  known: KnownUnits;
};
export type ReassignIndicator = Omit<AssignIndicator, 'type'> & { type: 'ReassignIndicator' };
export type ReportValue = {
  type: 'ReportValue';
  /** What the event records, but the reporting unit (the decider takes it from the context). */
  data: Omit<ValueReported['data'], 'reportingUnit'>;
  /** Hand-overs from the units responsible at the business date, for the access policy. */
  handovers: readonly Handover[];
};
export type CorrectValue = {
  type: 'CorrectValue';
  data: {
    indicatorId: string;
    reportId: string;
    newValue: number;
    /** Absent: keep what the report quoted. */
    newQuotedPercent?: number | null;
    newBreakdown?: BreakdownEntry[] | null;
  };
  handovers: readonly Handover[];
};
export type AssessIndicator = {
  type: 'AssessIndicator';
  data: { indicatorId: string; horizon: Horizon; status: AssessmentStatus; rationale: string; asOfDate: string };
};

export type IndicatorCommand =
  | DefineIndicator
  | ReviseIndicator
  | RetireIndicator
  | SetTarget
  | ReviseTarget
  | AssignIndicator
  | ReassignIndicator
  | ReportValue
  | CorrectValue
  | AssessIndicator;
