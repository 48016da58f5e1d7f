import { row } from './result';
import { figureOf } from './stats';

describe('figures and goals', () => {
  it('takes the median of odd and even run counts, with min and max', () => {
    expect(figureOf([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(figureOf([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });

  it('compares each run with the baseline of the same run, and says by how much a ratio goal is missed', () => {
    const r = row('append', 'commands/s', figureOf([50, 60, 70]), { name: 'raw', figure: figureOf([100, 100, 100]) }, { kind: 'at_least', value: 0.6, text: '≥ 0.60' });
    expect(r.ratio).toMatchObject({ median: 0.6, min: 0.5, max: 0.7 });
    expect(r.met).toBe(true);
    const missed = row('append', 'commands/s', figureOf([30, 30, 30]), { name: 'raw', figure: figureOf([100, 100, 100]) }, { kind: 'at_least', value: 0.6, text: '≥ 0.60' });
    expect(missed.met).toBe(false);
    expect(missed.margin).toBeCloseTo(-0.5);
  });

  it('checks ceilings on the figure itself (latency, memory) and on a ratio', () => {
    expect(row('rss', 'MB', figureOf([400, 520, 600]), null, { kind: 'value_at_most', value: 512, text: '≤ 512' }).met).toBe(false);
    expect(row('rss', 'MB', figureOf([300, 320, 600]), null, { kind: 'value_at_most', value: 512, text: '≤ 512' }).met).toBe(true);
    const asOf = row('as-of', 'ms', figureOf([30, 30, 30]), { name: 'today', figure: figureOf([10, 10, 10]) }, { kind: 'at_most', value: 2, text: '≤ 2×' });
    expect(asOf.met).toBe(false);
  });

  it('leaves a context row without a verdict', () => {
    expect(row('peer', 'commands/s', figureOf([1, 1, 1]), { name: 'peer', figure: figureOf([2, 2, 2]) }, { kind: 'context', value: 1, text: 'context' }).met).toBeNull();
  });
});
