import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database, type Engine } from '@chitieu/database';

/**
 * The engines a test file runs on: PGlite in memory always; PostgreSQL too when
 * TEST_DATABASE_URL is set, in a fresh database made for this file and dropped after it.
 * If that URL is set but unreachable the tests fail (in beforeAll), they are never skipped.
 */
export interface TestEngine {
  readonly name: Engine;
  /** This file's database on this engine, created on first use; the same object after that. */
  open(): Promise<Database>;
  /** PostgreSQL: the URL of this file's fresh database (after open), for extra raw connections. */
  url(): string | undefined;
  dispose(): Promise<void>;
}

export function testDatabases(): TestEngine[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? [pgliteEngine(), postgresEngine(serverUrl)] : [pgliteEngine()];
}

function pgliteEngine(): TestEngine {
  let db: Promise<Database> | null = null;
  return {
    name: 'pglite',
    open: () => (db ??= createDatabase({ dataDir: 'memory://' })),
    url: () => undefined,
    async dispose() {
      if (db) await (await db).close();
      // eslint-disable-next-line require-atomic-updates -- dispose runs once, after the suite
      db = null;
    },
  };
}

function postgresEngine(serverUrl: string): TestEngine {
  const dbName = `chitieu_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const fileUrl = withDatabase(serverUrl, dbName);
  let db: Promise<Database> | null = null;
  let created = false;
  return {
    name: 'postgres',
    open: () =>
      (db ??= (async () => {
        await admin(serverUrl, `CREATE DATABASE ${dbName} TEMPLATE template0 ENCODING 'UTF8'`);
        created = true;
        return createDatabase({ databaseUrl: fileUrl, dataDir: 'unused', poolSize: 12 });
      })()),
    url: () => (created ? fileUrl : undefined),
    async dispose() {
      const opened = db;
      db = null;
      if (opened) await (await opened).close().catch(() => undefined);
      if (created) await admin(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, dbName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/**
 * `describe` once per engine, with this file's database opened before and disposed after:
 *   onEachEngine('event store', (ctx) => { it('...', async () => { const db = ctx.db(); }) })
 */
export function onEachEngine(title: string, body: (ctx: EngineContext) => void): void {
  describe.each(testDatabases().map((engine) => ({ engine, name: engine.name })))(`${title} on $name`, ({ engine }) => {
    let db: Database | null = null;
    const ctx: EngineContext = {
      engine,
      db: () => {
        if (!db) throw new Error(`The ${engine.name} test database did not open; see beforeAll`);
        return db;
      },
    };
    beforeAll(async () => {
      db = await engine.open();
    });
    body(ctx);
    // Registered after the body's hooks so that stores opened there close before their database.
    afterAll(() => engine.dispose());
  });
}

export interface EngineContext {
  readonly engine: TestEngine;
  db(): Database;
}
