import { randomUUID } from 'node:crypto';
import type { PostgresEventStore } from '@chitieu/event-store';
import { meta, visible } from './audit-fixture';

export const PROGRAM = 'hn-08-ctr-tu';
const doc = { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' };
const jobs = `${PROGRAM}.CT01`;
const jobsDefinition = {
  nameVi: 'Số lao động được tạo việc làm mới', nameEn: 'New jobs created', named: true, group: 'ASXH', unitOfMeasure: 'người',
  measureType: 'count', direction: 'higher_is_better', comparator: 'gte',
};

type Step = [stream: string, type: string, data: Record<string, unknown>, occurredAt: string, unit: string | null];

/** A small true-to-life history of Program 08-CTr/TU, appended through the store as events. */
export const SCENARIO: Step[] = [
  ['unit-SLDTBXH', 'UnitRegistered', { code: 'SLDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', nameEn: 'Department of Labour', kind: 'department', parentCode: null, statisticsCode: null, districtType: null }, '2021-01-01', null],
  [`program-${PROGRAM}`, 'ProgramLaunched', { programId: PROGRAM, document: doc, titleVi: 'Chương trình 08-CTr/TU', titleEn: 'Program 08-CTr/TU', termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'ASXH', nameVi: 'An sinh xã hội', nameEn: 'Social security' }] }, '2021-03-17', null],
  [`indicator-${jobs}`, 'IndicatorDefined', { ...jobsDefinition, indicatorId: jobs, programId: PROGRAM, code: 'CT01', termStart: 2021, termEnd: 2025 }, '2021-03-17', null],
  [`indicator-${jobs}`, 'TargetSet', { indicatorId: jobs, horizon: '2023', value: 160000 }, '2023-01-10', null],
  [`indicator-${jobs}`, 'TargetRevised', { indicatorId: jobs, horizon: '2023', oldValue: 160000, newValue: 165000 }, '2023-02-01', null],
  [`indicator-${jobs}`, 'IndicatorAssigned', { indicatorId: jobs, lead: 'SLDTBXH', coordinating: [], effectiveDate: '2021-03-17' }, '2021-03-17', null],
  [`indicator-${jobs}`, 'ValueReported', { indicatorId: jobs, reportId: 'r-2023-h1', period: '2023-H1', value: 113418, quotedTarget: 165000, quotedPercent: 68.7, breakdown: null, note: null, reportingUnit: 'SLDTBXH' }, '2023-06-30', 'SLDTBXH'],
  [`indicator-${jobs}`, 'IndicatorAssessed', { indicatorId: jobs, horizon: '2023', status: 'on_track', rationale: 'Đạt 68,7% kế hoạch năm sau 6 tháng', asOfDate: '2023-08-02' }, '2023-08-02', null],
];

export async function appendScenario(store: PostgresEventStore): Promise<void> {
  const versions = new Map<string, number>();
  let last = 0n;
  for (const [stream, type, data, occurredAt, unit] of SCENARIO) {
    const v = versions.get(stream) ?? 0;
    ({ lastPosition: last } = await store.append(stream, [{ eventId: randomUUID(), type, data, metadata: meta(unit ? `${unit}-user` : 'sec-1', unit, occurredAt) }], { expectedVersion: v === 0 ? 'no_stream' : v }));
    versions.set(stream, v + 1);
  }
  await visible(store, last);
}
