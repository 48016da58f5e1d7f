import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { onEachEngine } from '@chitieu/testing';
import { createDatabase, runMigrations, StoreUnavailableError, withTransaction, type SqlClient } from '@chitieu/database';

onEachEngine('database', (ctx) => {
  it('returns the same JS values for the same SQL on both engines', async () => {
    const { rows } = await ctx.db().pool.query(
      `SELECT 9007199254740993::int8 AS big, 70.01::numeric AS pct, '2023-08-02T01:02:03.004Z'::timestamptz AS at,
              '{"tên":"Hà Nội"}'::jsonb AS doc, '\\x00ff'::bytea AS raw, 27::int4 AS n, true AS yes,
              $1::jsonb AS param, $2::timestamptz AS param_at, ARRAY[1,2]::int8[] AS ids`,
      [{ a: 1 }, new Date('2023-06-06T00:00:00Z')],
    );
    expect(rows[0]).toEqual({
      big: '9007199254740993',
      pct: '70.01',
      at: new Date('2023-08-02T01:02:03.004Z'),
      doc: { tên: 'Hà Nội' },
      raw: Buffer.from([0, 255]),
      n: 27,
      yes: true,
      param: { a: 1 },
      param_at: new Date('2023-06-06T00:00:00Z'),
      ids: ['1', '2'],
    });
  });

  it('reports affected rows like pg', async () => {
    const { pool } = ctx.db();
    await pool.query('CREATE TABLE counted (n int)');
    const inserted = await pool.query('INSERT INTO counted SELECT generate_series(1, 3)');
    expect(inserted.rowCount).toBe(3);
  });

  it('applies a migration set once, even when two runners start together', async () => {
    const set = {
      name: 'probe',
      migrations: [
        { version: 1, description: 'table', sql: 'CREATE TABLE probe (id int PRIMARY KEY)' },
        { version: 2, description: 'row', sql: 'INSERT INTO probe VALUES (1)' },
      ],
    };
    const [a, b] = await Promise.all([runMigrations(ctx.db(), set), runMigrations(ctx.db(), set)]);
    expect([...a, ...b].sort()).toEqual(['probe/0001', 'probe/0002']);
    expect(await runMigrations(ctx.db(), set)).toEqual([]);
    const { rows } = await ctx.db().pool.query('SELECT count(*)::int AS n FROM probe');
    expect(rows[0].n).toBe(1);
  });

  it('refuses a migration whose text changed after it was applied', async () => {
    const set = { name: 'edited', migrations: [{ version: 1, description: 't', sql: 'CREATE TABLE edited (id int)' }] };
    await runMigrations(ctx.db(), set);
    const changed = { ...set, migrations: [{ ...set.migrations[0], sql: 'CREATE TABLE edited (id bigint)' }] };
    await expect(runMigrations(ctx.db(), changed)).rejects.toThrow(/edited\/0001 was changed/);
  });

  it('rolls back a failed transaction and leaves the connection usable', async () => {
    const { pool } = ctx.db();
    await pool.query('CREATE TABLE tx_probe (id int PRIMARY KEY)');
    await expect(
      withTransaction(pool, async (c) => {
        await c.query('INSERT INTO tx_probe VALUES (1)');
        await c.query('INSERT INTO tx_probe VALUES (1)');
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM tx_probe');
    expect(rows[0].n).toBe(0);
  });

  it('gives TypeORM a driver that reaches the same database', async () => {
    const ds = new DataSource({ type: 'postgres', driver: ctx.db().pgDriver, synchronize: false });
    await ds.initialize();
    try {
      const rows: Array<{ big: string; name: string }> = await ds.query(
        `SELECT 5::int8 AS big, current_setting('application_name') AS name`,
      );
      expect(rows[0].big).toBe('5');
      if (ctx.engine.name === 'postgres') expect(rows[0].name).toBe('chitieu');
      await ds.transaction(async (m) => m.query('INSERT INTO probe VALUES (2)'));
      const seen = await ctx.db().pool.query('SELECT count(*)::int AS n FROM probe');
      expect(seen.rows[0].n).toBe(2);
    } finally {
      await ds.destroy();
    }
    // TypeORM ending its pool does not close the Database.
    await expect(ctx.db().pool.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});

describe('PGlite exclusive clients', () => {
  it('hands the engine to one client at a time, in arrival order, rolling back a forgotten transaction', async () => {
    const db = await createDatabase({ dataDir: 'memory://' });
    try {
      const first = await db.pool.connect();
      await first.query('BEGIN');
      await first.query('CREATE TABLE held (id int)');
      const order: string[] = [];
      const second = db.pool.connect().then((c) => (order.push('second'), c));
      const third = db.pool.connect().then((c) => (order.push('third'), c));
      await new Promise((r) => setTimeout(r, 50));
      expect(order).toEqual([]);
      first.release();
      const next: SqlClient = await second;
      const { rows } = await next.query(`SELECT to_regclass('held') AS t`);
      expect(rows[0].t).toBeNull();
      next.release();
      (await third).release();
      expect(order).toEqual(['second', 'third']);
    } finally {
      await db.close();
    }
  });
});

describe('PGlite on disk', () => {
  it('creates its folder and keeps what was committed across a restart', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'chitieu-')), 'nested', 'data');
    try {
      const first = await createDatabase({ dataDir: dir });
      await first.pool.query('CREATE TABLE kept (name text)');
      await first.pool.query('INSERT INTO kept VALUES ($1)', ['Hai Bà Trưng']);
      await first.close();
      const again = await createDatabase({ dataDir: dir });
      const { rows } = await again.pool.query('SELECT name FROM kept');
      await again.close();
      expect(rows).toEqual([{ name: 'Hai Bà Trưng' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('connection failures', () => {
  it('become StoreUnavailableError so HTTP can answer 503', async () => {
    await expect(createDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', dataDir: 'unused' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});
