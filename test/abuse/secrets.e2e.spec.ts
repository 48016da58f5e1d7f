import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenService } from '@chitieu/http';
import { AppProcess } from '../faults/support/app-process';
import { call } from '../faults/support/http';

/**
 * The JWT secret at boot and in the logs, on the real compiled processes: outside embedded
 * mode no secret means no start, with a message saying what to do; and neither the secret nor
 * any bearer token is ever written to the output, even with request logging on.
 */
jest.setTimeout(120_000);
const UNREACHABLE_DB = 'postgres://chitieu@127.0.0.1:9/none';

describe('the JWT secret at boot', () => {
  it.each([
    ['standalone', 'apps/standalone/src/main.js'],
    ['command-api', 'apps/command-api/src/main.js'],
    ['projector', 'apps/projector/src/main.js'],
  ])('%s refuses to start on PostgreSQL without JWT_SECRET, saying which setting to give', async (_name, entry) => {
    const app = await AppProcess.spawn(entry, { DATABASE_URL: UNREACHABLE_DB });
    const exit = await app.exited;
    expect(exit.code).toBe(1);
    expect(app.output).toContain('JWT_SECRET is required when DATABASE_URL is set');
    expect(app.output).toContain('at least 32 characters');
    expect(app.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('refuses a JWT_SECRET shorter than 32 characters, naming the setting', async () => {
    const app = await AppProcess.spawn('apps/standalone/src/main.js', { DATABASE_URL: UNREACHABLE_DB, JWT_SECRET: 'short-secret' });
    expect((await app.exited).code).toBe(1);
    expect(app.output).toMatch(/JWT_SECRET: JWT_SECRET must be at least 32 characters/);
  });
});

describe('secrets and tokens in the logs (embedded mode, request logging on)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chitieu-abuse-secret-'));
  let app: AppProcess;
  let secret: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    app = await AppProcess.spawn('apps/standalone/src/main.js', { DATA_DIR: dataDir, LOG_LEVEL: 'debug', SEED_SAMPLE_DATA: 'false' });
    await app.ready(120_000);
    secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
  });
  afterAll(async () => {
    await app?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('made its own secret, readable by the owner only', () => {
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o077).toBe(0);
  });

  it('logs requests with good, forged and expired tokens without the tokens or the secret', async () => {
    const service = new TokenService(secret, '1h');
    const good = service.sign({ sub: 'sec-1', role: 'secretariat' });
    const expired = service.sign({ sub: 'sec-1', role: 'secretariat' }, '1ms');
    const forged = new TokenService('x'.repeat(40), '1h').sign({ sub: 'admin', role: 'admin' });
    tokens.push(good, expired, forged);
    await new Promise((r) => setTimeout(r, 20));
    for (const token of tokens) {
      await call(app.url, 'POST', '/api/v1/units', { token, body: { code: 'SYT', nameVi: 'Sở Y tế', nameEn: 'Health', kind: 'department', token, secret: 'body-secret' } });
      await call(app.url, 'GET', '/api/v1/programs/p1/summary', { token });
      await call(app.url, 'POST', '/api/v1/units', { headers: { authorization: `Basic ${token}`, cookie: `session=${token}` }, body: '{"broken json' });
    }
    await new Promise((r) => setTimeout(r, 300));
    // Request logging is on: the requests are there, their credentials are not.
    expect(app.output).toContain('/api/v1/units');
    expect(app.output).not.toContain(secret);
    for (const token of tokens) {
      expect(app.output).not.toContain(token);
      expect(app.output).not.toContain(token.split('.')[2]);
    }
  });
});
