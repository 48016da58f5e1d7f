import { ratePerSecond } from './load';

describe('ratePerSecond', () => {
  it('counts every completion of concurrent workers (none lost between awaits)', async () => {
    let completed = 0;
    const rate = await ratePerSecond(8, 0.3, async () => {
      await new Promise((r) => setTimeout(r, 1 + Math.random() * 3));
      completed += 1;
      return 1;
    });
    // The rate times the elapsed time is the count: compare with the operations that really ran.
    expect(completed).toBeGreaterThan(100);
    expect(rate * 0.3).toBeGreaterThan(completed * 0.9);
    expect(rate * 0.3).toBeLessThan(completed * 1.2);
  });

  it('counts a lost race as no operation', async () => {
    let calls = 0;
    const rate = await ratePerSecond(2, 0.1, async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 1));
      return calls % 2;
    });
    expect(rate * 0.1).toBeLessThan(calls * 0.7);
  });
});
