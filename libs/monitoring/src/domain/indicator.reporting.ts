import { DomainError, ownEntry, parsePeriod, type CommandContext } from '@chitieu/kernel';
import { requireResponsibleUnit, requireStaff } from '../../../organisation/src/domain/access.policy';
import { code, finiteNumber, notAfterToday, optionalText, requireDocument, requireReason, requiredText } from '../../../organisation/src/domain/input-rules';
import type { AssessIndicator, CorrectValue, ReportValue, ReviseTarget, SetTarget } from './indicator.commands';
import { ASSESSMENT_STATUSES, type IndicatorEvent } from './indicator.events';
import { activeIndicator, checkBreakdown, checkHorizon, checkMeasureValue, existingIndicator } from './indicator.rules';
import { assignmentAt, responsibleAt, type IndicatorState } from './indicator.state';

/** Targets, reports, corrections and assessments. */
export function setTarget(c: SetTarget, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'set targets');
  const ind = activeIndicator(s, c.data.indicatorId);
  const horizon = checkHorizon(ind, c.data.horizon);
  if (horizon in ind.targets) {
    throw new DomainError('TARGET.ALREADY_SET', `A ${horizon} target is set already (${ind.targets[horizon]}); revise it instead`, 'conflict', 'horizon');
  }
  const value = checkMeasureValue(ind.definition.measureType, c.data.value, 'value', 'TARGET');
  return [{ type: 'TargetSet', data: { indicatorId: c.data.indicatorId, horizon, value } }];
}

export function reviseTarget(c: ReviseTarget, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'revise targets');
  const ind = activeIndicator(s, c.data.indicatorId);
  const horizon = checkHorizon(ind, c.data.horizon);
  requireReason(context, 'TARGET.REASON_REQUIRED', 'Revising a target');
  requireDocument(context, 'TARGET.DOCUMENT_REQUIRED', 'Revising a target');
  const current = ind.targets[horizon];
  if (current === undefined) throw new DomainError('TARGET.NOT_SET', `No ${horizon} target to revise; set it first`, 'conflict', 'horizon');
  if (c.data.oldValue !== current) {
    throw new DomainError('TARGET.OLD_VALUE_MISMATCH', `oldValue ${c.data.oldValue} is not the current target ${current}`, 'conflict', 'oldValue');
  }
  const newValue = checkMeasureValue(ind.definition.measureType, c.data.newValue, 'newValue', 'TARGET');
  if (newValue === current) throw new DomainError('TARGET.UNCHANGED', 'newValue equals the current target', 'unprocessable', 'newValue');
  return [{ type: 'TargetRevised', data: { indicatorId: c.data.indicatorId, horizon, oldValue: current, newValue } }];
}

function checkPeriod(ind: IndicatorState, key: string, context: CommandContext): string {
  const period = parsePeriod(key);
  if (period.year < ind.termStart || period.year > ind.termEnd) {
    throw new DomainError('REPORT.PERIOD_OUTSIDE_TERM', `period ${key} lies outside the term ${ind.termStart}-${ind.termEnd}`, 'unprocessable', 'period');
  }
  if (period.start > context.occurredAt) {
    throw new DomainError('REPORT.PERIOD_NOT_STARTED', `period ${key} has not begun on ${context.occurredAt}`, 'unprocessable', 'period');
  }
  if (ind.retiredOn && ind.retiredOn <= period.start) {
    throw new DomainError('REPORT.INDICATOR_RETIRED', `The indicator was retired on ${ind.retiredOn}, before period ${key}`, 'unprocessable', 'period');
  }
  return key;
}

export function report(c: ReportValue, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  const d = c.data;
  const ind = existingIndicator(s, d.indicatorId);
  requireResponsibleUnit(context, responsibleAt(ind, context.occurredAt), { kind: 'indicator', id: d.indicatorId }, c.handovers);
  const period = checkPeriod(ind, d.period, context);
  const reportId = code(d.reportId, 'reportId');
  if (reportId in ind.reports) throw new DomainError('REPORT.DUPLICATE_ID', `Report ${reportId} exists already`, 'conflict', 'reportId');
  const reportingUnit = context.unit ?? assignmentAt(ind, context.occurredAt)?.lead;
  if (!reportingUnit) throw new DomainError('REPORT.UNIT_REQUIRED', 'Say which unit reports: the indicator has no lead yet', 'validation', 'unit');
  if (Object.values(ind.reports).some((r) => r.period === period && r.reportingUnit === reportingUnit)) {
    throw new DomainError('REPORT.ALREADY_REPORTED', `${reportingUnit} already reported ${period}; correct that report instead`, 'conflict', 'period');
  }
  const measure = ind.definition.measureType;
  const quotedTarget = d.quotedTarget === null ? null : finiteNumber(d.quotedTarget, 'quotedTarget');
  if (quotedTarget !== null && quotedTarget <= 0) throw new DomainError('REPORT.QUOTED_TARGET_INVALID', 'quotedTarget must be positive', 'validation', 'quotedTarget');
  const data = {
    indicatorId: d.indicatorId, reportId, period,
    value: checkMeasureValue(measure, d.value, 'value', 'REPORT'),
    quotedTarget,
    quotedPercent: checkQuotedPercent(d.quotedPercent, 'quotedPercent'),
    breakdown: checkBreakdown(measure, d.breakdown),
    note: optionalText(d.note, 'note', 2000),
    reportingUnit,
  };
  return [{ type: 'ValueReported', data }];
}

function checkQuotedPercent(p: number | null, field: string): number | null {
  if (p === null) return null;
  if (finiteNumber(p, field) < 0) throw new DomainError('REPORT.QUOTED_PERCENT_INVALID', `${field} may not be negative`, 'validation', field);
  return p;
}

export function correct(c: CorrectValue, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  const d = c.data;
  const ind = existingIndicator(s, d.indicatorId);
  requireResponsibleUnit(context, responsibleAt(ind, context.occurredAt), { kind: 'indicator', id: d.indicatorId }, c.handovers);
  const old = ownEntry(ind.reports, d.reportId);
  if (!old) throw new DomainError('REPORT.NOT_FOUND', `Report ${d.reportId} does not exist on this indicator`, 'not_found', 'reportId');
  requireReason(context, 'CORRECTION.REASON_REQUIRED', 'Correcting a report');
  const measure = ind.definition.measureType;
  const newValue = checkMeasureValue(measure, d.newValue, 'newValue', 'REPORT');
  const newQuotedPercent = d.newQuotedPercent === undefined ? old.quotedPercent : checkQuotedPercent(d.newQuotedPercent, 'newQuotedPercent');
  const newBreakdown = d.newBreakdown === undefined ? old.breakdown : checkBreakdown(measure, d.newBreakdown);
  const unchanged = newValue === old.value && newQuotedPercent === old.quotedPercent && JSON.stringify(newBreakdown) === JSON.stringify(old.breakdown);
  if (unchanged) throw new DomainError('CORRECTION.NO_CHANGE', 'The correction changes nothing', 'unprocessable', 'newValue');
  const data = {
    indicatorId: d.indicatorId, reportId: d.reportId, period: old.period, oldValue: old.value, newValue,
    oldQuotedPercent: old.quotedPercent, newQuotedPercent, oldBreakdown: old.breakdown, newBreakdown,
  };
  return [{ type: 'ValueCorrected', data }];
}

export function assess(c: AssessIndicator, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'assess indicators');
  const d = c.data;
  const ind = existingIndicator(s, d.indicatorId);
  const horizon = checkHorizon(ind, d.horizon);
  if (!(ASSESSMENT_STATUSES as readonly string[]).includes(d.status)) {
    throw new DomainError('ASSESSMENT.STATUS_INVALID', `status must be one of ${ASSESSMENT_STATUSES.join(', ')}`, 'validation', 'status');
  }
  const asOfDate = notAfterToday(d.asOfDate, 'asOfDate', context);
  if (ind.retiredOn && ind.retiredOn <= asOfDate) {
    throw new DomainError('INDICATOR.RETIRED', `The indicator was retired on ${ind.retiredOn}`, 'conflict', 'asOfDate');
  }
  const rationale = requiredText(d.rationale, 'rationale', 4000);
  return [{ type: 'IndicatorAssessed', data: { indicatorId: d.indicatorId, horizon, status: d.status, rationale, asOfDate } }];
}
