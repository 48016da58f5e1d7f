import { EventFactory, defined, unemploymentDefinition } from '../../testing/event-factory';
import { InMemoryHistory } from '../../testing/in-memory-history';
import { indicatorStatusProjection } from '../indicator-status/indicator-status.projection';
import { programSummaryProjection } from './program-summary.projection';
import { ProgramSummaryQuery } from './program-summary.query';

const P = 'hn-08-2021';
const id = (code: string) => `${P}.${code}`;
const known = new Date('2030-01-01T00:00:00Z');

function history() {
  const f = new EventFactory();
  const assess = (code: string, horizon: string, status: string, on: string) =>
    f.event('IndicatorAssessed', { indicatorId: id(code), horizon, status, rationale: '-', asOfDate: on }, { on });
  const events = [
    f.event('ProgramLaunched', {
      programId: P, document: { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' }, titleVi: 'Chương trình 08', titleEn: 'Program 08',
      termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08',
      groups: [{ code: 'ASXH', nameVi: 'An sinh xã hội', nameEn: 'Social security' }, { code: 'PL', nameVi: 'Phúc lợi', nameEn: 'Welfare' }],
    }, { on: '2021-03-17' }),
    f.event('IndicatorDefined', defined(P, 'CT-01'), { on: '2021-03-17' }),
    f.event('IndicatorDefined', defined(P, 'CT-02', unemploymentDefinition), { on: '2021-03-17' }),
    f.event('IndicatorDefined', { ...defined(P, 'CT-03'), group: 'PL' }, { on: '2021-03-17' }),
    f.event('IndicatorDefined', { ...defined(P, 'CT-04'), group: 'PL' }, { on: '2021-03-17' }),
    f.event('IndicatorAssigned', { indicatorId: id('CT-02'), lead: 'SLDTBXH', coordinating: [], effectiveDate: '2021-03-17' }, { on: '2021-03-17' }),
    f.event('TargetSet', { indicatorId: id('CT-02'), horizon: '2023', value: 3 }, { on: '2023-01-05' }),
    f.event('ValueReported', {
      indicatorId: id('CT-02'), reportId: 'r1', period: '2023-H1', value: 2.5, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit: 'SLDTBXH',
    }, { on: '2023-07-10' }),
    assess('CT-01', 'term', 'met', '2023-08-02'),
    assess('CT-01', '2023', 'exceeded', '2023-08-02'),
    assess('CT-03', '2023', 'striving', '2023-08-02'),
    assess('CT-03', 'term', 'difficult', '2023-08-02'),
    f.event('ReviewMeetingHeld', { programId: P, meetingId: 'sk-2023', date: '2023-08-02', titleVi: 'Hội nghị sơ kết', titleEn: 'Review' }, { on: '2023-08-02' }),
  ];
  return new ProgramSummaryQuery(new InMemoryHistory([indicatorStatusProjection, programSummaryProjection]).given(events));
}

describe('program-summary read model', () => {
  it('given assessments and a computed status, then it counts the assessed one where it exists, and both', async () => {
    const s = await history().summary(P, { asOf: '2023-08-02', knownAt: known });
    expect(s?.indicatorCount).toBe(4);
    expect(s?.term).toMatchObject({ met: 1, difficult: 1, no_status: 2, assessed: 2 });
    expect(s?.annual).toMatchObject({ year: 2023, met: 2, exceeded: 1, striving: 1, no_status: 1, assessed: 2 });
    expect(s?.annual.computed).toMatchObject({ met: 1, no_status: 3 });
    expect(s?.reviewMeetings.map((m) => m.meetingId)).toEqual(['sk-2023']);
  });

  it('breaks the counts down by group (with its name) and by lead unit', async () => {
    const s = await history().summary(P, { asOf: '2023-08-02', knownAt: known });
    expect(s?.byGroup.map((g) => [g.key, g.nameVi, g.indicatorCount, g.annual.met])).toEqual([
      ['ASXH', 'An sinh xã hội', 2, 2],
      ['PL', 'Phúc lợi', 2, 0],
    ]);
    expect(s?.byLeadUnit.find((u) => u.key === 'SLDTBXH')).toMatchObject({ indicatorCount: 1, annual: { met: 1 } });
  });

  it('given a date before any report or assessment, then nothing is met', async () => {
    const s = await history().summary(P, { asOf: '2021-01-01', knownAt: known });
    expect(s).toMatchObject({ indicatorCount: 0, term: { met: 0 }, annual: { year: 2021, met: 0 } });
  });

  it('given what was known before the assessments were recorded, then only the computed status counts', async () => {
    const s = await history().summary(P, { asOf: '2023-08-02', knownAt: new Date('2023-08-01T00:00:00Z') });
    expect(s?.annual).toMatchObject({ met: 1, assessed: 0 });
  });

  it('finds no program that was never launched', async () => {
    expect(await history().summary('hn-99', { asOf: '2023-08-02', knownAt: known })).toBeNull();
  });
});
