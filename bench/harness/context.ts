import type { Database } from '@chitieu/database';
import type { PostgresEventStore } from '@chitieu/event-store';
import type { BenchOptions } from './options';
import type { ScratchDatabases } from './scratch-db';
import type { Figure } from './stats';
import type { AppSession } from '../scenarios/app-session';

/** What every scenario gets: the options, the scratch database with the store on it, a log. */
export interface BenchContext {
  readonly options: BenchOptions;
  readonly scratch: ScratchDatabases;
  /** URL of the main scratch database (the store's events table lives there). */
  readonly url: string;
  readonly db: Database;
  readonly store: PostgresEventStore;
  /** Figures one scenario leaves for another of the same session (e.g. the COPY rate for rebuild). */
  readonly shared: { copyRate?: Figure; historyLoaded?: number; app?: AppSession };
  log(line: string): void;
}

export const SEED = 20230802;
