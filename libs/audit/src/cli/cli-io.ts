import type { Database } from '@chitieu/database';
import type { EventStore } from '@chitieu/event-store';

/** What a command needs from the outside world; tests pass buffers, the script the process. */
export interface CliIo {
  /** May return a promise when the sink is full (a slow pipe): exports await it. */
  readonly out: (text: string) => void | Promise<void>;
  /** Progress and diagnostics: stderr, so stdout stays clean for pipes (export > file). */
  readonly err: (text: string) => void;
  readonly isTty: boolean;
}

export interface CliDeps {
  readonly db: Database;
  readonly store: EventStore;
}

export type Flags = Record<string, string | boolean | string[] | undefined>;

export const EXIT_OK = 0;
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;

/** Throttled progress lines on stderr: one per second at most, and the last. */
export function progressPrinter(io: CliIo, label: string, total: number | null): (done: number, final?: boolean) => void {
  const started = Date.now();
  let last = started;
  return (done, final = false) => {
    const now = Date.now();
    if (!final && now - last < 1000) return;
    last = now;
    const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
    const share = total ? ` of ${total} (${Math.min(100, Math.floor((done * 100) / Math.max(1, total)))}%)` : '';
    io.err(`${label}: ${done} events${share}, ${rate}/s${io.isTty && !final ? '\r' : '\n'}`);
  };
}

export const str = (v: Flags[string]): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) ? v[v.length - 1] : undefined);
export const list = (v: Flags[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);
