import { EventFactory, defined, unemploymentDefinition } from '../../testing/event-factory';
import { InMemoryHistory } from '../../testing/in-memory-history';
import { indicatorStatusProjection } from './indicator-status.projection';
import { IndicatorStatusQuery } from './indicator-status.query';

const P = 'hn-08-2021';
const JOBS = `${P}.CT-01`;

function given(build: (f: EventFactory) => ReturnType<EventFactory['event']>[]) {
  const f = new EventFactory();
  return new IndicatorStatusQuery(new InMemoryHistory([indicatorStatusProjection]).given(build(f)));
}

const jobsWithH1Report = (f: EventFactory) => [
  f.event('IndicatorDefined', defined(P, 'CT-01'), { on: '2021-03-01' }),
  f.event('TargetSet', { indicatorId: JOBS, horizon: '2023', value: 160_000 }, { on: '2023-01-10' }),
  f.event('TargetRevised', { indicatorId: JOBS, horizon: '2023', oldValue: 160_000, newValue: 162_000 }, { on: '2023-03-01' }),
  f.event('IndicatorAssigned', { indicatorId: JOBS, lead: 'SLDTBXH', coordinating: ['BHXH'], effectiveDate: '2021-03-01' }, { on: '2021-03-01' }),
  f.event('ValueReported', {
    indicatorId: JOBS, reportId: 'r-h1', period: '2023-H1', value: 113_418, quotedTarget: 162_000, quotedPercent: 70.89,
    breakdown: null, note: null, reportingUnit: 'SLDTBXH',
  }, { on: '2023-07-15', recorded: '2023-07-16T08:00:00Z' }),
];

describe('indicator-status read model', () => {
  it('given a definition, a revised 2023 target and an H1 report, then the 2023 plan is on track at 70.01%', async () => {
    const view = await given(jobsWithH1Report).one(JOBS, { asOf: '2023-08-02', knownAt: new Date('2023-08-02T23:59:59Z') });
    expect(view?.annual).toMatchObject({ year: 2023, target: 162_000, period: '2023-H1', value: 113_418, progress: 70.01, computed: 'on_track', status: 'on_track' });
    expect(view?.lead).toBe('SLDTBXH');
    expect(view?.flags.map((fl) => [fl.kind, fl.details.computed])).toEqual([['quoted_percent_mismatch', 70.01]]);
  });

  it('counts a report from the later of its period end and its report date, in business time', async () => {
    const q = given(jobsWithH1Report);
    const known = new Date('2030-01-01T00:00:00Z');
    expect((await q.one(JOBS, { asOf: '2023-07-14', knownAt: known }))?.annual.value).toBeNull();
    expect((await q.one(JOBS, { asOf: '2023-07-15', knownAt: known }))?.annual.value).toBe(113_418);
  });

  it('given a correction recorded later, then it shows for knownAt after it, and not before it', async () => {
    const q = given((f) => [
      ...jobsWithH1Report(f),
      f.event('ValueCorrected', {
        indicatorId: JOBS, reportId: 'r-h1', period: '2023-H1', oldValue: 113_418, newValue: 114_000,
        oldQuotedPercent: 70.89, newQuotedPercent: 70.37, oldBreakdown: null, newBreakdown: null,
      }, { on: '2024-05-01', recorded: '2024-05-01T09:00:00Z' }),
    ]);
    const before = await q.one(JOBS, { asOf: '2023-08-02', knownAt: new Date('2024-04-30T00:00:00Z') });
    const after = await q.one(JOBS, { asOf: '2023-08-02', knownAt: new Date('2024-05-02T00:00:00Z') });
    expect(before?.annual.value).toBe(113_418);
    expect(after?.annual).toMatchObject({ value: 114_000, progress: 70.37 });
    expect(after?.values[0]).toMatchObject({ originalValue: 113_418, corrections: 1 });
    expect(after?.flags).toEqual([]);
  });

  it('given the 2023 target as known before its revision, then progress uses the first target', async () => {
    const view = await given(jobsWithH1Report).one(JOBS, { asOf: '2023-02-01', knownAt: new Date('2030-01-01T00:00:00Z') });
    expect(view?.targets['2023']).toMatchObject({ value: 160_000 });
  });

  it('given an assessment, then status is the assessed one and the computed one stays beside it', async () => {
    const view = await given((f) => [
      ...jobsWithH1Report(f),
      f.event('IndicatorAssessed', { indicatorId: JOBS, horizon: '2023', status: 'met', rationale: 'đạt', asOfDate: '2023-08-02' }, { on: '2023-08-02' }),
    ]).one(JOBS, { asOf: '2023-08-02', knownAt: new Date('2023-08-03T00:00:00Z') });
    expect(view?.annual).toMatchObject({ computed: 'on_track', status: 'met', assessed: { status: 'met', rationale: 'đạt' } });
  });

  it('given a retirement, then the program no longer lists the indicator from its date', async () => {
    const q = given((f) => [
      ...jobsWithH1Report(f),
      f.event('IndicatorDefined', defined(P, 'CT-02', unemploymentDefinition), { on: '2021-03-01' }),
      f.event('IndicatorRetired', { indicatorId: `${P}.CT-02`, effectiveDate: '2024-12-31' }, { on: '2024-12-31' }),
    ]);
    const known = new Date('2030-01-01T00:00:00Z');
    expect((await q.forProgram(P, { asOf: '2024-12-30', knownAt: known })).map((v) => v.code)).toEqual(['CT-01', 'CT-02']);
    expect((await q.forProgram(P, { asOf: '2024-12-31', knownAt: known })).map((v) => v.code)).toEqual(['CT-01']);
  });

  it('given a hand-over of the indicator, then the new unit leads from its date', async () => {
    const q = given((f) => [
      ...jobsWithH1Report(f),
      f.event('ResponsibilitiesTransferred', { fromCode: 'SLDTBXH', toCode: 'SNV', effectiveDate: '2025-03-01', indicatorIds: [JOBS], taskIds: [] }, { on: '2025-03-01' }),
    ]);
    const known = new Date('2030-01-01T00:00:00Z');
    expect((await q.one(JOBS, { asOf: '2025-02-28', knownAt: known }))?.lead).toBe('SLDTBXH');
    expect((await q.one(JOBS, { asOf: '2025-03-01', knownAt: known }))?.lead).toBe('SNV');
  });
});
