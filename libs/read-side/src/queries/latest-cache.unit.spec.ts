import type { Sql } from '../projector/sql';
import { LatestAnswerCache } from './latest-cache';

function fakeCheckpoints(initial: string) {
  let position = initial;
  const sql: Sql = { query: async <R>() => [{ name: 'indicator-status', position }] as R[] };
  return { sql, advance: (p: string) => (position = p) };
}

describe('LatestAnswerCache', () => {
  it('computes once while no projection moves, however many readers ask', async () => {
    const { sql } = fakeCheckpoints('10');
    const cache = new LatestAnswerCache(sql);
    let computed = 0;
    const compute = async () => ++computed;
    const answers = await Promise.all(Array.from({ length: 64 }, () => cache.get('summary|p1', compute)));
    expect(new Set(answers)).toEqual(new Set([1]));
    expect(computed).toBe(1);
  });

  it('computes again as soon as a checkpoint moves', async () => {
    const { sql, advance } = fakeCheckpoints('10');
    const cache = new LatestAnswerCache(sql);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('k', compute)).toBe(1);
    advance('11');
    expect(await cache.get('k', compute)).toBe(2);
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('keeps answers apart by key and does not keep failures', async () => {
    const { sql } = fakeCheckpoints('10');
    const cache = new LatestAnswerCache(sql);
    await expect(cache.get('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('a', async () => 'a')).toBe('a');
    expect(await cache.get('b', async () => 'b')).toBe('b');
  });

  it('forgets the oldest entry beyond its size', async () => {
    const { sql } = fakeCheckpoints('10');
    const cache = new LatestAnswerCache(sql, 2);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    await cache.get('a', compute);
    expect(computed).toBe(4);
  });

  it('reads the checkpoints twice at most for a crowd of concurrent readers', async () => {
    let reads = 0;
    const sql: Sql = { query: async <R>() => ((reads += 1), [{ name: 'indicator-status', position: '10' }] as R[]) };
    const cache = new LatestAnswerCache(sql);
    await Promise.all(Array.from({ length: 64 }, () => cache.get('k', async () => 1)));
    expect(reads).toBeLessThanOrEqual(2);
  });

  it('never answers a reader from a checkpoint read that began before it arrived', async () => {
    let position = '10';
    const pending: Array<() => void> = [];
    const sql: Sql = {
      query: <R>() => {
        const seen = position; // the snapshot is taken when the read starts
        return new Promise<R[]>((resolve) => pending.push(() => resolve([{ name: 'indicator-status', position: seen }] as R[])));
      },
    };
    const cache = new LatestAnswerCache(sql);
    let computed = 0;
    const first = cache.get('k', async () => `computed at ${++computed}`);
    position = '11'; // a projection moves, then a second reader arrives while the first read is in flight
    const second = cache.get('k', async () => `computed at ${++computed}`);
    for (let step = 0; step < 20; step++) {
      pending.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect(await first).toBe('computed at 1');
    expect(await second).toBe('computed at 2');
  });
});
