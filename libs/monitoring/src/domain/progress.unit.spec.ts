import { parsePeriod } from '@chitieu/kernel';
import {
  computeStatus,
  pickValueForHorizon,
  progressPercent,
  quotedPercentDisagrees,
  round2,
  yearShare,
  type Measure,
} from './progress';

const jobs: Measure = { measureType: 'count', direction: 'higher_is_better', comparator: 'gte' };
const unemployment: Measure = { measureType: 'percent', direction: 'lower_is_better', comparator: 'lt' };
const coverage: Measure = { measureType: 'percent', direction: 'higher_is_better', comparator: 'gte' };

describe('progress percent', () => {
  it('is value / target for higher-is-better: 113,418 of 162,000 is 70.01%', () => {
    expect(progressPercent(jobs, 113_418, 162_000)).toBe(70.01);
  });

  it('is target / value for lower-is-better: 2.23% against "under 3%" is 134.53%', () => {
    expect(progressPercent(unemployment, 2.23, 3)).toBe(134.53);
  });

  it('has no ratio for a lower-is-better value of zero', () => {
    expect(progressPercent(unemployment, 0, 0.01)).toBeNull();
  });

  it('rounds half up to 2 decimals', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(70.0111)).toBe(70.01);
  });
});

describe('computed status', () => {
  const at = (period: string, m: Measure, value: number, target: number, horizon = '2023' as const) =>
    computeStatus({ ...m, value, target, period: parsePeriod(period), horizon });

  it('calls a half-year count on track when it reached the half year share of the annual plan', () => {
    expect(at('2023-H1', jobs, 113_418, 162_000)).toMatchObject({ progress: 70.01, status: 'on_track' });
  });

  it('calls a half-year count below its share but within 80% of it striving, below that difficult', () => {
    expect(at('2023-H1', jobs, 70_000, 162_000).status).toBe('striving'); // 43.2% of 49.6%
    expect(at('2023-H1', jobs, 50_000, 162_000).status).toBe('difficult'); // 30.9%
  });

  it('calls a full-year count beyond its target exceeded and exactly on it met', () => {
    expect(at('2022', jobs, 203_027, 160_000, '2022' as never).status).toBe('exceeded');
    expect(at('2022', jobs, 160_000, 160_000, '2022' as never).status).toBe('met');
  });

  it('treats "under 3%" as a bound: 2.23% met it, 3% did not', () => {
    expect(at('2022', unemployment, 2.23, 3).status).toBe('met');
    expect(at('2022', unemployment, 3, 3).status).toBe('striving');
  });

  it('judges a level measure mid-year on the level: 94% of a 95% coverage goal is striving, 80% difficult', () => {
    expect(at('2023-H1', coverage, 94, 95).status).toBe('striving');
    expect(at('2023-H1', coverage, 80, 95).status).toBe('difficult');
  });

  it('calls a lower-is-better zero that misses its bound difficult', () => {
    expect(at('2023', { ...unemployment, comparator: 'lt' }, 0, 0).status).toBe('difficult');
  });
});

describe('year share', () => {
  it.each([
    ['2023-H1', 181 / 365],
    ['cum:2023-06-30', 181 / 365],
    ['2023', 1],
    ['2024-02', 29 / 366],
  ])('%s covers %f of its year', (p, share) => {
    expect(yearShare(parsePeriod(p))).toBeCloseTo(share, 6);
  });
});

describe('quoted percentage check', () => {
  it('flags 70.89% quoted against 70.01% computed and lets 0.05 points pass', () => {
    expect(quotedPercentDisagrees(70.89, 70.01)).toBe(true);
    expect(quotedPercentDisagrees(70.06, 70.01)).toBe(false);
    expect(quotedPercentDisagrees(70.07, 70.01)).toBe(true);
  });
});

describe('value picked for a horizon', () => {
  const v = (p: string, value: number) => ({ period: parsePeriod(p), value });
  const term = { start: 2021, end: 2025 };

  it('takes the latest period of the plan year, preferring the year over its second half', () => {
    const values = [v('2023-H1', 1), v('2023', 2), v('2023-H2', 3), v('2022', 4)];
    expect(pickValueForHorizon(values, '2023', term)?.value).toBe(2);
  });

  it('takes the latest value inside the term and nothing from another year for a plan year', () => {
    const values = [v('2022', 4), v('2023-H1', 1), v('2020', 9)];
    expect(pickValueForHorizon(values, 'term', term)?.value).toBe(1);
    expect(pickValueForHorizon(values, '2024', term)).toBeNull();
  });
});
