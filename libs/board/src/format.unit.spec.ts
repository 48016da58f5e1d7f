import { daysBetween, formatDate, formatInstant, formatNumber, formatPercent, formatPeriod, hanoiToday } from './assets/format';

describe('board formats: what a Vietnamese reader sees', () => {
  it('groups thousands with dots and uses a decimal comma (113.418; 0,095)', () => {
    expect(formatNumber(113418, 'vi')).toBe('113.418');
    expect(formatNumber(1234567.5, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(0.095, 'vi')).toBe('0,095');
    expect(formatNumber(165000, 'vi')).toBe('165.000');
    expect(formatNumber(-2134, 'vi')).toBe('-2.134');
  });

  it('uses the English separators on the English toggle', () => {
    expect(formatNumber(113418, 'en')).toBe('113,418');
    expect(formatNumber(0.99, 'en')).toBe('0.99');
  });

  it('shows percentages with two decimals at most (70,01%; 47,5%; 100%)', () => {
    expect(formatPercent(70.01, 'vi')).toBe('70,01%');
    expect(formatPercent(47.5, 'vi')).toBe('47,5%');
    expect(formatPercent(100, 'vi')).toBe('100%');
    expect(formatPercent(134.5349, 'vi')).toBe('134,53%');
    expect(formatPercent(70.01, 'en')).toBe('70.01%');
  });

  it('shows a dash rather than "NaN" or "null" when there is no figure', () => {
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatNumber(Number.NaN, 'vi')).toBe('—');
    expect(formatPercent(undefined, 'vi')).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatInstant('not a time')).toBe('—');
  });

  it('does not print "-0" for a tiny negative rounded away', () => {
    expect(formatNumber(-0.0001, 'vi', 2)).toBe('0');
  });

  it('writes dates day first (06/06/2023) and instants in Hanoi time', () => {
    expect(formatDate('2023-06-06')).toBe('06/06/2023');
    expect(formatDate('2023-08-02T10:00:00Z')).toBe('02/08/2023');
    expect(formatInstant('2023-08-01T20:30:00.000Z')).toBe('02/08/2023 03:30');
  });

  it('names periods in Vietnamese with diacritics, and in English on the toggle', () => {
    expect(formatPeriod('2023-H1', 'vi')).toBe('6 tháng đầu năm 2023');
    expect(formatPeriod('2022', 'vi')).toBe('Năm 2022');
    expect(formatPeriod('2023-Q2', 'vi')).toBe('Quý 2/2023');
    expect(formatPeriod('2023-05', 'vi')).toBe('Tháng 05/2023');
    expect(formatPeriod('cum:2023-06-30', 'vi')).toBe('Lũy kế đến 30/06/2023');
    expect(formatPeriod('2023-H1', 'en')).toBe('H1 2023');
    expect(formatPeriod('cum:2023-06-30', 'en')).toBe('Cumulative to 30/06/2023');
  });

  it('counts days between business dates and knows the date in Hanoi', () => {
    expect(daysBetween('2023-08-02', '2023-08-31')).toBe(29);
    expect(daysBetween('2023-08-02', '2023-07-31')).toBe(-2);
    expect(hanoiToday(Date.parse('2023-08-01T18:00:00Z'))).toBe('2023-08-02');
  });
});
