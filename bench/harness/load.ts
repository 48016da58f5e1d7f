import { performance } from 'node:perf_hooks';

/** One unit of work of one worker; resolves to how many operations it completed (0 on a lost race). */
export type Operation = (worker: number) => Promise<number>;

/**
 * `workers` loops, each awaiting its own operation back to back (a closed system, like callers
 * that each wait for their command) for `seconds`; answers completed operations per second.
 */
export async function ratePerSecond(workers: number, seconds: number, op: Operation): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (performance.now() < deadline) {
        // Not `done += await op(w)`: that reads `done` before the await and loses every
        // completion of the other workers in between (require-atomic-updates in the lint).
        const completed = await op(w);
        done += completed;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** Events per second of one timed job that handles `events` events. */
export async function eventsPerSecond(events: number, job: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await job();
  return events / ((performance.now() - started) / 1000);
}

/** Progress for long runs, on stderr, at most once a second. */
export function progressLine(label: string): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 1000 && done < total) return;
    last = now;
    process.stderr.write(`  ${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}\n`);
  };
}
