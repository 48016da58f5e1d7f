import type { DocumentRef } from '@chitieu/kernel';
import type { ProgramFacts } from './indicator.commands';
import type { IndicatorDefinition, IndicatorEvent } from './indicator.events';

/** Shared givens for the indicator specs. */
export const ID = 'hn-08-2021.CT01';
export const program: ProgramFacts = { termStart: 2021, termEnd: 2025, groupCodes: ['G1', 'G2'] };
export const unemployment: IndicatorDefinition = {
  nameVi: 'Tỷ lệ thất nghiệp', nameEn: 'Unemployment rate', named: true, group: 'G1',
  unitOfMeasure: '%', measureType: 'percent', direction: 'lower_is_better', comparator: 'lt',
};
export const defined = (def: Partial<IndicatorDefinition> = {}): IndicatorEvent => ({
  type: 'IndicatorDefined',
  data: { indicatorId: ID, programId: 'hn-08-2021', code: 'CT01', termStart: 2021, termEnd: 2025, ...unemployment, ...def },
});
export const assigned = (lead = 'SLDTBXH', coordinating = ['CTK'], effectiveDate = '2021-04-01'): IndicatorEvent => ({
  type: 'IndicatorAssigned', data: { indicatorId: ID, lead, coordinating, effectiveDate },
});
export const reported = (reportId = 'r1', value = 2.23, reportingUnit = 'SLDTBXH'): IndicatorEvent => ({
  type: 'ValueReported',
  data: { indicatorId: ID, reportId, period: '2022', value, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit },
});
export const decision: DocumentRef = { issuer: 'UBND Thành phố Hà Nội', number: '(số chưa rõ)', date: '2021-06-01' };
export const known = { SLDTBXH: { mergedInto: null }, CTK: { mergedInto: null }, SYT: { mergedInto: null }, H016: { mergedInto: 'H017' } };
