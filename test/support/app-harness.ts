import type { Role } from '@chitieu/kernel';
import { createLogger, loadConfig, TokenService } from '@chitieu/http';
import { startStandalone, type RunningApp } from '../../apps/standalone/src/standalone';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  readonly running: RunningApp;
  readonly url: string;
  token(role: Role, unit?: string, ttl?: string): string;
  /** fetch with JSON in and out; returns status, headers and the parsed body. */
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
}
export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  text: string;
}

/** The standalone app on an in-memory PGlite (or TEST_DATABASE_URL when given), listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'silent',
    SEED_SAMPLE_DATA: 'false', WRITE_RATE_LIMIT_PER_MINUTE: '0', ...env,
  });
  const running = await startStandalone(config, createLogger('silent'));
  const tokens = new TokenService(TEST_SECRET, '1h');
  const call: TestApp['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const res = await fetch(`${running.url}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };
  return {
    running,
    url: running.url,
    token: (role, unit, ttl) => tokens.sign({ sub: `${role}-${unit ?? 'user'}`, role, unit: unit ?? null }, ttl),
    call,
    eventCount: async () => {
      const { rows } = await running.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(rows[0].n);
    },
    close: () => running.close(),
  };
}
