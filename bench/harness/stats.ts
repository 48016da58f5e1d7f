/** Median of at least three runs, with the spread: the figure the issue asks for. */
export interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

export function figureOf(runs: readonly number[]): Figure {
  if (runs.length === 0) throw new Error('no runs to summarise');
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
}

/**
 * Runs each measure `runs` times, interleaved (a, b, a, b, ...) so that drift in the machine
 * (other engineers' work, autovacuum, the page cache) falls on both sides alike.
 */
export async function interleaved<K extends string>(runs: number, measures: Record<K, () => Promise<number>>, log: (line: string) => void): Promise<Record<K, Figure>> {
  const results = Object.fromEntries(Object.keys(measures).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 1; i <= runs; i++) {
    for (const key of Object.keys(measures) as K[]) {
      const value = await measures[key]();
      results[key].push(value);
      log(`  run ${i}/${runs} ${key}: ${format(value)}`);
    }
  }
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, figureOf(v as number[])])) as Record<K, Figure>;
}

export function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(2);
}
