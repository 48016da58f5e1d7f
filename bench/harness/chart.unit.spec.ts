import { chartSvg } from './chart';
import { row } from './result';
import { figureOf } from './stats';

describe('the ratio chart', () => {
  it('draws a bar per goal, as long as its share of the goal, green when met and red when not', () => {
    const raw = { name: 'raw', figure: figureOf([100, 100, 100]) };
    const svg = chartSvg([
      row('met', 'x/s', figureOf([60, 60, 60]), raw, { kind: 'at_least', value: 0.6, text: '≥ 0.60' }),
      row('half', 'x/s', figureOf([30, 30, 30]), raw, { kind: 'at_least', value: 0.6, text: '≥ 0.60' }),
      row('context', 'x/s', figureOf([1, 1, 1]), raw, { kind: 'context', value: 1, text: 'context' }),
    ], 'test');
    const bars = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*fill="(#[0-9a-f]+)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(bars).toEqual([[210, '#2e7d32'], [105, '#c62828']]);
    expect(svg).not.toContain('>context<');
  });
});
