import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The compiled child next to this file's compiled form (dist/bench/children/...). */
export const CHILD_SCRIPT = path.join(__dirname, '..', 'children', 'standalone-child.js');

export interface Child<T> {
  readonly process: ChildProcess;
  /** The first JSON line the child prints on stdout. */
  readonly first: Promise<T>;
  readonly exited: Promise<number | null>;
}

/**
 * Runs the standalone child; its stderr (progress) passes through. BENCH_CHILD_NODE_ARGS adds
 * Node flags to it, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the app under load.
 */
export function startChild<T>(mode: 'serve' | 'rebuild', env: Record<string, string>): Child<T> {
  const child = spawn(process.execPath, ['--no-deprecation', ...(process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter(Boolean), CHILD_SCRIPT, mode], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const first = new Promise<T>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line) as T);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    void exited.then((code) => reject(new Error(`standalone child (${mode}) exited with ${code} before answering`)));
  });
  return { process: child, first, exited };
}
