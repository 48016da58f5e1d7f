import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Each scale-out service starts on its own and answers /api/health. On PostgreSQL when
 * TEST_DATABASE_URL is set (a fresh database), else each on its own embedded data directory.
 */
const ROOT = join(__dirname, '..', '..');
const SERVICES = ['command-api', 'projector', 'query-api', 'deadline-watcher'];
const base = process.env.TEST_DATABASE_URL;
const dbName = `chitieu_services_${process.pid}`;
let databaseUrl: string | undefined;
const dirs: string[] = [];

const admin = async (sql: string) => {
  const c = new Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (base) {
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
}, 120_000);

afterAll(async () => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  if (base) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

function start(name: string, port: number, extra: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const dataDir = mkdtempSync(join(tmpdir(), `chitieu-${name}-`));
  dirs.push(dataDir);
  let out = '';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    JWT_SECRET: 'services-test-secret-services-test-secret-0123', DATA_DIR: dataDir, ...extra,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', name, 'src', 'main.js')], { cwd: ROOT, env });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

async function health(port: number, timeoutMs = 60_000): Promise<{ status: number; body: { status: string } }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      return { status: res.status, body: (await res.json()) as { status: string } };
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe(`scale-out services on ${base ? 'PostgreSQL' : 'embedded PGlite'}`, () => {
  it.each(SERVICES.map((s, i) => [s, 3400 + i] as const))('%s starts on its own and reports healthy', async (name, port) => {
    const svc = start(name, port);
    try {
      const res = await health(port);
      expect({ name, status: res.status, health: res.body.status }).toEqual({ name, status: 200, health: 'ok' });
    } catch (err) {
      throw new Error(`${name} did not become healthy: ${String(err)}\n${svc.output()}`);
    } finally {
      await stop(svc.child);
    }
  }, 90_000);

  it('kafka-relay refuses to start without KAFKA_BROKERS, saying so', async () => {
    const svc = start('kafka-relay', 3499);
    const code = await new Promise<number | null>((resolve) => svc.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(svc.output()).toContain('kafka-relay needs KAFKA_BROKERS');
  }, 90_000);

  it('refuses to start on PostgreSQL without a JWT secret', async () => {
    const svc = start('command-api', 3498, { JWT_SECRET: '', DATABASE_URL: databaseUrl ?? 'postgres://nobody@127.0.0.1:1/none' });
    const code = await new Promise<number | null>((resolve) => svc.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(svc.output()).toMatch(/JWT_SECRET/);
  }, 90_000);
});
