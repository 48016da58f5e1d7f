import { parsePeriod } from '@chitieu/kernel';
import type { RecordedEvent } from '@chitieu/event-store';
import type { IndicatorEvent } from '@chitieu/monitoring';
import type { ResponsibilitiesTransferred } from '@chitieu/organisation';
import { historyRows, historyTable, type Fact } from '../../projector/history';
import type { Projection } from '../../projector/projection';

export const INDICATOR_HISTORY = 'rm_indicator_history';

/**
 * When a report counts in business time: from the end of its period, and never before the date
 * it was made (an end-2022 figure reported on 2023-07-20 counts from 2023-07-20). A period key
 * the decider should have refused counts from the report date rather than stop the projection.
 */
export function reportEffectiveDate(period: string, reportedOn: string): string {
  try {
    const end = parsePeriod(period).end;
    return end > reportedOn ? end : reportedOn;
  } catch {
    return reportedOn;
  }
}

const periodEnd = (period: string, fallback: string) => {
  try {
    return parsePeriod(period).end;
  } catch {
    return fallback;
  }
};

/**
 * Which facts each event adds (subject: the indicator id; key: the horizon or the period):
 * - IndicatorDefined / IndicatorRevised: `defined` / `revised`, from their business date;
 * - IndicatorRetired: `retired` from its effective date;
 * - TargetSet / TargetRevised: `target` per horizon (revisions keep the old value), business date;
 * - IndicatorAssigned / IndicatorReassigned: `assignment`, from the effective date;
 * - ResponsibilitiesTransferred: `transfer` per listed indicator, from the effective date;
 * - ValueReported: `report` per period, from reportEffectiveDate;
 * - ValueCorrected: `correction` per period, dated at the period end: it applies exactly where the
 *   report it corrects applies (the fold drops a correction whose report is not yet visible);
 * - IndicatorAssessed: `assessment` per horizon, from the date it speaks of.
 */
export function indicatorFacts(event: RecordedEvent): Fact[] {
  const e = event as unknown as IndicatorEvent | ResponsibilitiesTransferred;
  const on = event.metadata.occurredAt;
  const fact = (kind: string, subject: string, effectiveDate: string, payload: object, key = ''): Fact => ({
    kind, subject, effectiveDate, key, payload: payload as Record<string, unknown>,
  });
  switch (e.type) {
    case 'IndicatorDefined':
      return [{ ...fact('defined', e.data.indicatorId, on, e.data), scope: e.data.programId }];
    case 'IndicatorRevised':
      return [fact('revised', e.data.indicatorId, on, e.data)];
    case 'IndicatorRetired':
      return [fact('retired', e.data.indicatorId, e.data.effectiveDate, e.data)];
    case 'TargetSet':
      return [fact('target', e.data.indicatorId, on, { value: e.data.value, oldValue: null }, e.data.horizon)];
    case 'TargetRevised':
      return [fact('target', e.data.indicatorId, on, { value: e.data.newValue, oldValue: e.data.oldValue }, e.data.horizon)];
    case 'IndicatorAssigned':
    case 'IndicatorReassigned':
      return [fact('assignment', e.data.indicatorId, e.data.effectiveDate, { lead: e.data.lead, coordinating: e.data.coordinating })];
    case 'ResponsibilitiesTransferred':
      return e.data.indicatorIds.map((id) => fact('transfer', id, e.data.effectiveDate, { fromCode: e.data.fromCode, toCode: e.data.toCode }));
    case 'ValueReported':
      return [fact('report', e.data.indicatorId, reportEffectiveDate(e.data.period, on), { ...e.data, reportedOn: on }, e.data.period)];
    case 'ValueCorrected':
      return [fact('correction', e.data.indicatorId, periodEnd(e.data.period, on), { ...e.data, correctedOn: on }, e.data.period)];
    case 'IndicatorAssessed':
      return [fact('assessment', e.data.indicatorId, e.data.asOfDate, { ...e.data, unit: event.metadata.unit, actor: event.metadata.actor }, e.data.horizon)];
    default:
      return [];
  }
}

export const indicatorStatusProjection: Projection = {
  name: 'indicator-status',
  tables: [historyTable(INDICATOR_HISTORY)],
  handles: [
    'IndicatorDefined', 'IndicatorRevised', 'IndicatorRetired', 'TargetSet', 'TargetRevised', 'IndicatorAssigned',
    'IndicatorReassigned', 'ResponsibilitiesTransferred', 'ValueReported', 'ValueCorrected', 'IndicatorAssessed',
  ],
  rowsFor: (event) => historyRows(INDICATOR_HISTORY, event, indicatorFacts(event)),
};
