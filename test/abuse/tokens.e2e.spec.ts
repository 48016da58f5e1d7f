import * as jwt from 'jsonwebtoken';
import { startTestApp, TEST_SECRET, type TestApp } from '../support/app-harness';
import { buildReportingWorld, cumulativePeriod } from '../faults/support/world';

/** Forged, broken and expired tokens against a write and a read route: 401 or 403, nothing recorded. */
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
/** `noExpiry` leaves exp out (or to the payload); everything else as the app signs. */
const sign = (payload: object, options: jwt.SignOptions & { noExpiry?: boolean } = {}, secret = TEST_SECRET) => {
  const { noExpiry, ...rest } = options;
  return jwt.sign(payload, secret, { algorithm: 'HS256', issuer: 'chitieu', ...(noExpiry ? {} : { expiresIn: '1h' }), ...rest });
};

function forged(valid: string): [string, string, number, string][] {
  const [header, payload, signature] = valid.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  return [
    ['expired', sign({ role: 'unit', unit: 'Q001', sub: 'u1', exp: now() - 60 }, { noExpiry: true }), 401, 'AUTH.TOKEN_INVALID'],
    ['signed with another secret', sign({ role: 'secretariat', sub: 's1' }, {}, 'another-secret-another-secret-another-secret'), 401, 'AUTH.TOKEN_INVALID'],
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, role: 'admin' })}.`, 401, 'AUTH.TOKEN_INVALID'],
    ['alg none, signature kept', `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`, 401, 'AUTH.TOKEN_INVALID'],
    ['HS512 with the right secret', sign({ role: 'secretariat', sub: 's1' }, { algorithm: 'HS512' }), 401, 'AUTH.TOKEN_INVALID'],
    ['payload raised to admin, signature kept', `${header}.${b64({ ...claims, role: 'admin' })}.${signature}`, 401, 'AUTH.TOKEN_INVALID'],
    ['no subject', sign({ role: 'secretariat' }), 401, 'AUTH.TOKEN_INVALID'],
    ['no role', sign({ sub: 's1' }), 401, 'AUTH.TOKEN_INVALID'],
    ['unknown role', sign({ sub: 's1', role: 'superuser' }), 401, 'AUTH.TOKEN_INVALID'],
    ['the system role', sign({ sub: 's1', role: 'system' }), 401, 'AUTH.TOKEN_INVALID'],
    ['no expiry', sign({ sub: 's1', role: 'secretariat' }, { noExpiry: true }), 401, 'AUTH.TOKEN_INVALID'],
    ['another issuer', sign({ sub: 's1', role: 'secretariat' }, { issuer: 'evil' }), 401, 'AUTH.TOKEN_INVALID'],
    ['a unit token without its unit', sign({ sub: 'u1', role: 'unit' }), 401, 'AUTH.TOKEN_INVALID'],
    ['a unit token for a unit that does not exist', sign({ sub: 'u1', role: 'unit', unit: 'NOPE' }), 403, 'AUTH.UNKNOWN_UNIT'],
    ['a unit token for an injected unit code', sign({ sub: 'u1', role: 'unit', unit: "Q001' OR '1'='1" }), 403, 'AUTH.UNKNOWN_UNIT'],
    ['not a JWT', 'not-a-token', 401, 'AUTH.TOKEN_INVALID'],
    ['empty', '', 401, 'AUTH.TOKEN_MALFORMED'],
  ];
}

describe('tokens', () => {
  let t: TestApp;
  const report = (token: string | undefined, headers: Record<string, string> = {}) =>
    t.call('POST', '/api/v1/indicators/p08.CT01/reports', { token, headers, body: { period: cumulativePeriod(1), value: 1 } });

  beforeAll(async () => {
    t = await startTestApp();
    await buildReportingWorld(t.url, 1, 1, () => t.token('secretariat'));
  });
  afterAll(() => t.close());

  it('refuses every forged, broken or expired token on a write and on a read, and records nothing', async () => {
    const before = await t.eventCount();
    const seen: [string, number, string, number, string][] = [];
    for (const [name, token] of forged(t.token('unit', 'Q001'))) {
      const write = await report(undefined, { authorization: `Bearer ${token}` });
      const read = await t.call('GET', '/api/v1/programs/p08/summary', { headers: { authorization: `Bearer ${token}` } });
      seen.push([name, write.status, write.body?.code, read.status, read.body?.code]);
      if (token) expect(write.text).not.toContain(token);
      expect(write.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(seen).toEqual(forged(t.token('unit', 'Q001')).map(([name, , status, code]) => [name, status, code, status, code]));
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses a missing or non-Bearer Authorization header with 401 naming the header', async () => {
    const cases: Record<string, string>[] = [{}, { authorization: 'Basic c2VjOnNlYw==' }, { authorization: `bearer ${t.token('admin')}` }];
    for (const headers of cases) {
      const res = await report(undefined, headers);
      expect({ status: res.status, field: res.body?.field }).toEqual({ status: 401, field: 'Authorization' });
    }
  });

  it('accepts the genuine unit token (the refusals above are not the route failing anyway)', async () => {
    expect((await report(t.token('unit', 'Q001'))).status).toBe(201);
  });
});

describe('per-token write rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WRITE_RATE_LIMIT_PER_MINUTE: '5' });
    await buildReportingWorld(t.url, 1, 1, () => t.token('secretariat'));
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after the configured number of writes, per token, and never limits reads', async () => {
    const mine = t.token('unit', 'Q001');
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<TestApp['call']>> | null = null;
    for (let n = 0; n < 8; n++) {
      const res = await t.call('POST', '/api/v1/indicators/p08.CT01/reports', { token: mine, body: { period: cumulativePeriod(100 + n), value: n } });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect({ code: limited?.body?.code, retryAfter: Number(limited?.headers.get('retry-after')) }).toEqual({ code: 'RATE.LIMITED', retryAfter: expect.any(Number) });
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token of the same unit has its own bucket; reads are never limited.
    expect((await t.call('POST', '/api/v1/indicators/p08.CT01/reports', { token: t.token('unit', 'Q001'), body: { period: cumulativePeriod(200), value: 1 } })).status).toBe(201);
    for (let n = 0; n < 10; n++) expect((await t.call('GET', '/api/v1/programs/p08/summary', { token: mine })).status).not.toBe(429);
  });
});
