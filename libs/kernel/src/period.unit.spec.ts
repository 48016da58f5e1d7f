import { parsePeriod, isIsoDate } from './period';

describe('parsePeriod', () => {
  it.each([
    ['2023', 'year', '2023-01-01', '2023-12-31'],
    ['2023-H1', 'half', '2023-01-01', '2023-06-30'],
    ['2023-H2', 'half', '2023-07-01', '2023-12-31'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['cum:2023-06-30', 'cumulative', '2023-01-01', '2023-06-30'],
  ])('%s is a %s from %s to %s', (key, kind, start, end) => {
    expect(parsePeriod(key)).toMatchObject({ kind, start, end });
  });

  it.each(['2023-H3', '2023-13', 'cum:2023-02-30', '23', ''])('rejects %p naming the field', (key) => {
    expect(() => parsePeriod(key)).toThrow(expect.objectContaining({ code: 'PERIOD.INVALID', field: 'period' }));
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2023-06-06')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
