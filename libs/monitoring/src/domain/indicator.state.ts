import { assertNever } from '@chitieu/kernel';
import type { BreakdownEntry, IndicatorDefinition, IndicatorEvent } from './indicator.events';

export interface Assignment {
  readonly lead: string;
  readonly coordinating: readonly string[];
  readonly effectiveDate: string;
}
export interface ReportState {
  readonly period: string;
  readonly value: number;
  readonly quotedPercent: number | null;
  readonly breakdown: BreakdownEntry[] | null;
  readonly reportingUnit: string;
}
export interface IndicatorState {
  readonly indicatorId: string | null;
  readonly programId: string;
  readonly termStart: number;
  readonly termEnd: number;
  readonly definition: IndicatorDefinition | null;
  readonly retiredOn: string | null;
  readonly targets: Readonly<Record<string, number>>;
  /** Effective-dated, in the order recorded. */
  readonly assignments: readonly Assignment[];
  readonly reports: Readonly<Record<string, ReportState>>;
}

export const initialIndicatorState = (): IndicatorState => ({
  indicatorId: null, programId: '', termStart: 0, termEnd: 0, definition: null, retiredOn: null, targets: {}, assignments: [], reports: {},
});

export function evolveIndicator(s: IndicatorState, event: IndicatorEvent): IndicatorState {
  switch (event.type) {
    case 'IndicatorDefined': {
      const { indicatorId, programId, code: _code, termStart, termEnd, ...definition } = event.data;
      return { ...s, indicatorId, programId, termStart, termEnd, definition };
    }
    case 'IndicatorRevised':
      return { ...s, definition: { ...s.definition!, ...event.data.changes } };
    case 'IndicatorRetired':
      return { ...s, retiredOn: event.data.effectiveDate };
    case 'TargetSet':
      return { ...s, targets: { ...s.targets, [event.data.horizon]: event.data.value } };
    case 'TargetRevised':
      return { ...s, targets: { ...s.targets, [event.data.horizon]: event.data.newValue } };
    case 'IndicatorAssigned':
    case 'IndicatorReassigned': {
      const { lead, coordinating, effectiveDate } = event.data;
      return { ...s, assignments: [...s.assignments, { lead, coordinating, effectiveDate }] };
    }
    case 'ValueReported': {
      const { reportId, period, value, quotedPercent, breakdown, reportingUnit } = event.data;
      return { ...s, reports: { ...s.reports, [reportId]: { period, value, quotedPercent, breakdown, reportingUnit } } };
    }
    case 'ValueCorrected': {
      const d = event.data;
      const report = { ...s.reports[d.reportId], value: d.newValue, quotedPercent: d.newQuotedPercent, breakdown: d.newBreakdown };
      return { ...s, reports: { ...s.reports, [d.reportId]: report } };
    }
    case 'IndicatorAssessed':
      return s;
    default:
      return assertNever(event);
  }
}

/** The assignment in force on `date`: the latest recorded one whose effective date has come. */
export function assignmentAt(s: IndicatorState, date: string): Assignment | null {
  const inForce = s.assignments.filter((a) => a.effectiveDate <= date);
  return inForce.reduce<Assignment | null>((cur, a) => (!cur || a.effectiveDate >= cur.effectiveDate ? a : cur), null);
}

/** Lead and coordinating units on `date`; the handler loads their hand-overs. */
export const responsibleAt = (s: IndicatorState, date: string): string[] => {
  const a = assignmentAt(s, date);
  return a ? [a.lead, ...a.coordinating] : [];
};
