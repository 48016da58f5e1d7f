import type { Database } from '@chitieu/database';
import type { EventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore } from '@chitieu/read-side';
import { replayAndCompare, type ReplayReport } from './replay-compare';
import type { ReplayRunner } from './replay-jobs';

/** Every projection the read side serves, over its own connection for the length of the run. */
export function replayRunner(db: Database, store: EventStore): ReplayRunner<ReplayReport> {
  return async (onProgress) => {
    const readStore = await createReadStore(db);
    try {
      return await replayAndCompare({ store, readStore, projections: ALL_PROJECTIONS }, onProgress);
    } finally {
      await readStore.close();
    }
  };
}
