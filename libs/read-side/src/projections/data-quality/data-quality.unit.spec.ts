import { EventFactory, defined } from '../../testing/event-factory';
import { InMemoryHistory } from '../../testing/in-memory-history';
import { indicatorStatusProjection } from '../indicator-status/indicator-status.projection';
import { DataQualityQuery } from './data-quality.query';
import { mediansOfOthers } from './data-quality.rules';

const P = 'hn-08-2021';
const known = new Date('2030-01-01T00:00:00Z');

function given() {
  const f = new EventFactory();
  const report = (code: string, reportId: string, period: string, value: number, on: string, extra: object = {}) =>
    f.event('ValueReported', {
      indicatorId: `${P}.${code}`, reportId, period, value, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit: 'SYT', ...extra,
    }, { on });
  return new DataQualityQuery(new InMemoryHistory([indicatorStatusProjection]).given([
    f.event('IndicatorDefined', defined(P, 'CT-01'), { on: '2021-03-17' }),
    f.event('IndicatorDefined', { ...defined(P, 'CT-05'), measureType: 'percent', unitOfMeasure: '%' }, { on: '2021-03-17' }),
    report('CT-01', 'a', '2023-H1', 113_418, '2023-07-15', { quotedTarget: 162_000, quotedPercent: 70.89 }),
    report('CT-01', 'b', '2021', 150_000, '2022-01-20'),
    report('CT-01', 'c', '2022', 203_027, '2023-01-25'),
    report('CT-01', 'd', '2020', 2_000_000, '2021-01-10'),
    report('CT-05', 'e', '2022', 104.5, '2023-03-01'),
  ]));
}

describe('data-quality read model', () => {
  it('given reports, then it flags the disagreeing quote, the late report, the impossible percentage and the outlier', async () => {
    const flags = await given().flags({ asOf: '2023-08-02', knownAt: known });
    expect(flags.map((fl) => [fl.indicatorId.slice(-5), fl.period, fl.kind])).toEqual([
      ['CT-01', '2020', 'outlier'],
      ['CT-01', '2023-H1', 'quoted_percent_mismatch'],
      ['CT-05', '2022', 'late_report'],
      ['CT-05', '2022', 'percent_out_of_range'],
    ]);
    expect(flags[1].details).toEqual({ quoted: 70.89, computed: 70.01 });
  });

  it('shows only the flags of reports visible in the window', async () => {
    const flags = await given().flags({ asOf: '2023-01-31', knownAt: known }, { kind: 'quoted_percent_mismatch' });
    expect(flags).toEqual([]);
  });
});

describe('mediansOfOthers', () => {
  /** The definition, directly: filter the others of the same kind, sort, take the middle. */
  const naive = (values: { period: string; value: number }[]) =>
    values.map((v) => {
      const kind = (p: string) => (/^\d{4}$/.test(p) ? 'year' : /^\d{4}-Q\d$/.test(p) ? 'quarter' : /^\d{4}-\d{2}$/.test(p) ? 'month' : null);
      const others = values.filter((o) => o !== v && kind(o.period) === kind(v.period)).map((o) => o.value).sort((a, b) => a - b);
      if (others.length < 2) return null;
      const mid = Math.floor(others.length / 2);
      return others.length % 2 ? others[mid] : (others[mid - 1] + others[mid]) / 2;
    });

  it('gives the median of the other values of the same period kind, as the definition does, duplicates included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(random() * 12);
      const values = Array.from({ length: n }, () => {
        const year = 2021 + Math.floor(random() * 5);
        const period = [String(year), `${year}-Q${1 + Math.floor(random() * 4)}`, `${year}-0${1 + Math.floor(random() * 9)}`][Math.floor(random() * 3)];
        return { period, value: Math.floor(random() * 6) * 10 }; // few distinct values: many ties
      });
      expect(mediansOfOthers(values)).toEqual(naive(values));
    }
  });
});
