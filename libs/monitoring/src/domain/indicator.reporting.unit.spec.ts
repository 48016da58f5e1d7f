import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import type { Handover } from '../../../organisation/src/domain/access.policy';
import { indicatorDecider } from './indicator.decider';
import type { ReportValue } from './indicator.commands';
import { ID, assigned, defined, reported } from './indicator.fixtures';

const spec = deciderSpec(indicatorDecider, testContext());
const data: ReportValue['data'] = {
  indicatorId: ID, reportId: 'r1', period: '2022', value: 2.23, quotedTarget: null, quotedPercent: null, breakdown: null, note: null,
};
const report = (over: Partial<ReportValue['data']> = {}, handovers: Handover[] = []): ReportValue => ({ type: 'ReportValue', data: { ...data, ...over }, handovers });
const asUnit = (unit: string, occurredAt = '2023-07-15') => ({ role: 'unit' as const, unit, occurredAt });
const given = [defined(), assigned()];

describe('Indicator decider: reports, corrections, assessments', () => {
  describe('ReportValue', () => {
    it('records a report by the lead unit', () => {
      spec.given(given).when(report(), asUnit('SLDTBXH')).then([reported()]);
    });
    it('lets a coordinating unit report, under its own name', () => {
      spec.given(given).when(report(), asUnit('CTK')).then([reported('r1', 2.23, 'CTK')]);
    });
    it('keeps the quoted figures as printed and NFC-normalises the note', () => {
      const events = spec.given(given).when(report({ quotedTarget: 162000, quotedPercent: 70.89, note: ' Đạt '.normalize('NFD') }), asUnit('SLDTBXH')).events();
      expect(events[0].data).toMatchObject({ quotedTarget: 162000, quotedPercent: 70.89, note: 'Đạt' });
    });
    it('refuses a unit that is not lead or coordinating on the business date', () => {
      spec.given(given).when(report(), asUnit('SYT')).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT', kind: 'forbidden', field: 'unit' });
      spec.given(given).when(report(), asUnit('SLDTBXH', '2021-03-31')).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT' });
    });
    it('lets the successor of a merged unit report from the effective date; the old unit no longer', () => {
      const merger: Handover = { from: 'SLDTBXH', to: 'SNV', effectiveDate: '2023-07-01', indicatorIds: 'all', taskIds: 'all' };
      spec.given(given).when(report({}, [merger]), asUnit('SNV', '2023-06-30')).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT' });
      spec.given(given).when(report({}, [merger]), asUnit('SNV')).then([reported('r1', 2.23, 'SNV')]);
      spec.given(given).when(report({}, [merger]), asUnit('SLDTBXH')).thenFails({ code: 'AUTH.RESPONSIBILITY_HANDED_OVER' });
    });
    it('never lets viewers or auditors write', () => {
      spec.given(given).when(report(), { role: 'viewer' }).thenFails({ code: 'AUTH.READ_ONLY_ROLE', kind: 'forbidden' });
      spec.given(given).when(report(), { role: 'auditor' }).thenFails({ code: 'AUTH.READ_ONLY_ROLE' });
    });
    it('rejects an unknown indicator with 404', () => {
      spec.given([]).when(report()).thenFails({ code: 'INDICATOR.NOT_FOUND', kind: 'not_found', field: 'indicatorId' });
    });
    it('rejects periods that are malformed, outside the term, or not begun', () => {
      spec.given(given).when(report({ period: '2023-H3' })).thenFails({ code: 'PERIOD.INVALID', field: 'period' });
      spec.given(given).when(report({ period: '2020' })).thenFails({ code: 'REPORT.PERIOD_OUTSIDE_TERM', field: 'period' });
      spec.given(given).when(report({ period: '2023-H2' }), { occurredAt: '2023-06-30' }).thenFails({ code: 'REPORT.PERIOD_NOT_STARTED' });
    });
    it('rejects values a percent or a count cannot take', () => {
      spec.given(given).when(report({ value: 100.5 })).thenFails({ code: 'REPORT.PERCENT_OUT_OF_RANGE', field: 'value' });
      spec.given(given).when(report({ value: -0.1 })).thenFails({ code: 'REPORT.PERCENT_OUT_OF_RANGE', field: 'value' });
      const jobs = [defined({ measureType: 'count', direction: 'higher_is_better', comparator: 'gte' }), assigned()];
      spec.given(jobs).when(report({ value: -5 })).thenFails({ code: 'REPORT.NEGATIVE_VALUE', field: 'value' });
      spec.given(jobs).when(report({ value: 1.5 })).thenFails({ code: 'REPORT.COUNT_NOT_INTEGER', field: 'value' });
      spec.given(given).when(report({ breakdown: [{ unitCode: 'Q001', value: 120 }] })).thenFails({ code: 'REPORT.PERCENT_OUT_OF_RANGE', field: 'breakdown[0].value' });
      spec.given(given).when(report({ quotedPercent: -1 })).thenFails({ code: 'REPORT.QUOTED_PERCENT_INVALID', field: 'quotedPercent' });
    });
    it('rejects a business date after today', () => {
      spec.given(given).when(report(), { occurredAt: '2023-08-03' }).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'occurredAt' });
    });
    it('rejects reporting on an indicator retired before the period', () => {
      const retired = { type: 'IndicatorRetired' as const, data: { indicatorId: ID, effectiveDate: '2022-01-01' } };
      spec.given([...given, retired]).when(report({ period: '2022' })).thenFails({ code: 'REPORT.INDICATOR_RETIRED', field: 'period' });
      spec.given([...given, retired]).when(report({ period: '2021' })).then([{ ...reported(), data: { ...reported().data, period: '2021' } } as never]);
    });
    it('rejects a reused report id and a second report of the same period by the same unit', () => {
      spec.given([...given, reported()]).when(report({ period: '2021' })).thenFails({ code: 'REPORT.DUPLICATE_ID', field: 'reportId' });
      spec.given([...given, reported()]).when(report({ reportId: 'r2' })).thenFails({ code: 'REPORT.ALREADY_REPORTED', kind: 'conflict' });
    });
  });

  describe('CorrectValue', () => {
    const correct = (over: object = {}) => ({ type: 'CorrectValue' as const, data: { indicatorId: ID, reportId: 'r1', newValue: 2.21, ...over }, handovers: [] });
    const why = { reason: 'Số liệu chính thức của Cục Thống kê' };
    it('records old and new; the first report is never erased', () => {
      spec.given([...given, reported()]).when(correct(), { ...asUnit('SLDTBXH'), ...why }).then([{
        type: 'ValueCorrected',
        data: { indicatorId: ID, reportId: 'r1', period: '2022', oldValue: 2.23, newValue: 2.21, oldQuotedPercent: null, newQuotedPercent: null, oldBreakdown: null, newBreakdown: null },
      }]);
    });
    it('requires the report, a reason and a change', () => {
      spec.given(given).when(correct(), why).thenFails({ code: 'REPORT.NOT_FOUND', kind: 'not_found', field: 'reportId' });
      spec.given([...given, reported()]).when(correct()).thenFails({ code: 'CORRECTION.REASON_REQUIRED', field: 'reason' });
      spec.given([...given, reported()]).when(correct({ newValue: 2.23 }), why).thenFails({ code: 'CORRECTION.NO_CHANGE' });
    });
    it('checks the new value and who corrects', () => {
      spec.given([...given, reported()]).when(correct({ newValue: 101 }), why).thenFails({ code: 'REPORT.PERCENT_OUT_OF_RANGE', field: 'newValue' });
      spec.given([...given, reported()]).when(correct(), { ...asUnit('SYT'), ...why }).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT' });
    });
  });

  describe('AssessIndicator', () => {
    const assess = (over: object = {}) => ({
      type: 'AssessIndicator' as const,
      data: { indicatorId: ID, horizon: 'term' as const, status: 'met' as const, rationale: 'Năm 2022: 2,23%', asOfDate: '2023-08-02', ...over },
    });
    it('records the standing agency assessment', () => {
      spec.given(given).when(assess()).then([{ type: 'IndicatorAssessed', data: assess().data }]);
    });
    it('rejects unit users, an empty rationale, an unknown status, a future date and a year outside the term', () => {
      spec.given(given).when(assess(), asUnit('SLDTBXH')).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
      spec.given(given).when(assess({ rationale: ' ' })).thenFails({ code: 'INPUT.REQUIRED', field: 'rationale' });
      spec.given(given).when(assess({ status: 'fine' })).thenFails({ code: 'ASSESSMENT.STATUS_INVALID', field: 'status' });
      spec.given(given).when(assess({ asOfDate: '2023-09-01' })).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'asOfDate' });
      spec.given(given).when(assess({ horizon: '2027' })).thenFails({ code: 'TARGET.HORIZON_OUTSIDE_TERM' });
    });
  });
});
