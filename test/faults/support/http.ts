/** What a client saw: a response, or no response at all (connection refused or cut, timeout). */
export type Outcome =
  | { kind: 'response'; status: number; headers: Headers; body: any; text: string; ms: number } // eslint-disable-line @typescript-eslint/no-explicit-any -- arbitrary JSON
  | { kind: 'no_response'; error: string; ms: number };

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** fetch with JSON in and out that never throws: a failed request is an outcome too. */
export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<Outcome> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const started = Date.now();
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { kind: 'response', status: res.status, headers: res.headers, body, text, ms: Date.now() - started };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { kind: 'no_response', error: cause ?? (err instanceof Error ? err.name : String(err)), ms: Date.now() - started };
  }
}

/** A call that must succeed with 201 (fixtures); throws with the problem otherwise. */
export async function post201(baseUrl: string, path: string, token: string, body: unknown): Promise<Outcome & { kind: 'response' }> {
  const res = await call(baseUrl, 'POST', path, { token, body });
  if (res.kind !== 'response' || res.status !== 201) {
    throw new Error(`${path} → ${res.kind === 'response' ? `${res.status} ${res.text}` : res.error}`);
  }
  return res;
}
