import { toCsv } from './csv';
import { decodeCursor, paginate } from './paging';
import { parseAsOf, parseKnownAt, parseLimit, parseMinPosition, rejectUnknown } from './params';
import { todayInHanoi } from '@chitieu/kernel';

describe('query parameters', () => {
  it('defaults asOf to today in Hanoi, which is already tomorrow at 18:00 UTC', () => {
    expect(todayInHanoi(new Date('2023-08-01T18:00:00Z'))).toBe('2023-08-02');
  });

  it.each([
    [{ asOf: '2023-02-30' }, () => parseAsOf({ asOf: '2023-02-30' }), 'asOf', 'QUERY.INVALID_AS_OF'],
    [{ knownAt: 'yesterday' }, () => parseKnownAt({ knownAt: 'yesterday' }), 'knownAt', 'QUERY.INVALID_KNOWN_AT'],
    [{ minPosition: '-1' }, () => parseMinPosition({ minPosition: '-1' }), 'minPosition', 'QUERY.INVALID_MIN_POSITION'],
    [{ limit: '0' }, () => parseLimit({ limit: '0' }), 'limit', 'QUERY.INVALID_LIMIT'],
    [{ asof: 'x' }, () => rejectUnknown({ asof: 'x' }, ['asOf']), 'asof', 'QUERY.UNKNOWN_PARAMETER'],
    [{ asOf: ['a', 'b'] }, () => parseAsOf({ asOf: ['2023-01-01', '2023-01-02'] }), 'asOf', 'QUERY.REPEATED_PARAMETER'],
  ])('refuses %j naming the field', (_q, parse, field, code) => {
    expect(parse).toThrow(expect.objectContaining({ code, field, kind: 'validation' }));
  });

  it('reads a bare knownAt date as the end of that day in Hanoi, and an instant as given', () => {
    expect(parseKnownAt({ knownAt: '2023-08-02' }).toISOString()).toBe('2023-08-02T16:59:59.999Z');
    expect(parseKnownAt({ knownAt: '2023-08-02T10:00:00+07:00' }).toISOString()).toBe('2023-08-02T03:00:00.000Z');
  });

  it('reads positions beyond 2^53 exactly', () => {
    expect(parseMinPosition({ minPosition: '9007199254740993' })).toBe(9_007_199_254_740_993n);
  });
});

describe('paging', () => {
  const names = ['Hoàn Kiếm', 'Ba Đình', 'Đống Đa', 'Cầu Giấy', 'Ứng Hòa', 'Ba Vì', 'Hai Bà Trưng'].map((n, i) => ({ n, id: String(i) }));

  it('sorts in Vietnamese order and walks every item exactly once with the cursor', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = paginate(names, (x) => [x.n, x.id], 3, cursor);
      seen.push(...page.items.map((x) => x.n));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Ba Đình', 'Ba Vì', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàn Kiếm', 'Ứng Hòa']);
  });

  it('does not skip an item when one before the cursor disappears', () => {
    const first = paginate(names, (x) => [x.n, x.id], 2);
    const fewer = names.filter((x) => x.n !== 'Ba Đình');
    expect(paginate(fewer, (x) => [x.n, x.id], 2, first.nextCursor!).items.map((x) => x.n)).toEqual(['Cầu Giấy', 'Đống Đa']);
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_CURSOR', field: 'cursor' }));
  });
});

describe('csv', () => {
  it('starts with a BOM, quotes separators and defuses formulas', () => {
    const csv = toCsv([{ header: 'Tên', value: (r: { a: string }) => r.a }], [{ a: 'Hai Bà Trưng, Hà Nội' }, { a: '=SUM(A1)' }, { a: '-3.5' }]);
    expect(csv).toBe('\uFEFFTên\r\n"Hai Bà Trưng, Hà Nội"\r\n\'=SUM(A1)\r\n-3.5\r\n');
  });
});
