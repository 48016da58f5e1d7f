import type { DeadlineEventSource } from './deadline-source';
import type { DeadlineWatcher } from './deadline-watcher';

export interface RunningWatcher {
  stop(): Promise<void>;
}

/**
 * Wire a watcher to its source and check deadlines on an interval (a minute is plenty: deadlines
 * are dates). Ticks never overlap; a failed tick is retried by the next one.
 */
export async function runDeadlineWatcher(watcher: DeadlineWatcher, source: DeadlineEventSource, intervalMs = 60_000): Promise<RunningWatcher> {
  await source.start(watcher);
  let ticking: Promise<unknown> = watcher.tick().catch(() => undefined);
  const timer = setInterval(() => {
    ticking = ticking.then(() => watcher.tick()).catch(() => undefined);
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await ticking.catch(() => undefined);
      await source.stop();
    },
  };
}
