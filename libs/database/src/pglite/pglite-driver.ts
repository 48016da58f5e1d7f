import { EventEmitter } from 'node:events';
import type { PglitePool, PgliteClient } from './pglite-pool';

type ConnectCallback = (err: Error | undefined, client?: PgliteClient, release?: (err?: unknown) => void) => void;

/**
 * A `pg`-compatible module for TypeORM's `driver` option over the one PGlite instance: every
 * `new driver.Pool(opts)` shares the Database's exclusive-client pool, whatever the options say,
 * so TypeORM's transactions queue behind the event store's instead of interleaving with them.
 */
export function pgliteDriver(shared: PglitePool) {
  class Pool extends EventEmitter {
    constructor(_options?: unknown) {
      super();
    }

    connect(): Promise<PgliteClient>;
    connect(callback: ConnectCallback): void;
    connect(callback?: ConnectCallback): Promise<PgliteClient> | void {
      if (callback) return shared.connect(callback);
      return shared.connect();
    }

    query(text: string, params?: unknown[]) {
      return shared.query(text, params);
    }

    /** TypeORM ends its pool on close; the engine stays open for the Database's other users. */
    end(callback?: (err?: Error) => void): Promise<void> | void {
      if (callback) return void process.nextTick(callback);
      return Promise.resolve();
    }
  }
  // No parseInt8 setter: TypeORM then leaves int8 parsing as it is (strings, like pg's default).
  return { Pool, defaults: {} as Record<string, unknown> };
}
