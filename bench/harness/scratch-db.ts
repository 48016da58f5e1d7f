import pg from 'pg';

/** The scratch databases of one run, on the server BENCH_DATABASE_URL names; dropped at the end. */
export class ScratchDatabases {
  private readonly made: string[] = [];

  constructor(private readonly serverUrl: string) {}

  /** chitieu_bench_<pid>[_suffix], created empty; answers its URL. */
  async create(suffix = ''): Promise<string> {
    const name = `chitieu_bench_${process.pid}${suffix ? `_${suffix}` : ''}`;
    await this.admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    this.made.push(name);
    return urlWithDatabase(this.serverUrl, name);
  }

  async dropAll(): Promise<void> {
    for (const name of this.made.splice(0)) {
      await this.admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((err: Error) => {
        process.stderr.write(`could not drop ${name}: ${err.message}\n`);
      });
    }
  }

  /** The settings the figures depend on, read from the server, never changed by the benchmark. */
  async settings(): Promise<Record<string, string>> {
    return this.admin(async (c) => {
      const out: Record<string, string> = {};
      for (const name of ['server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'wal_level', 'max_connections', 'work_mem']) {
        out[name] = (await c.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
      }
      out.version = (await c.query<{ version: string }>('SELECT version()')).rows[0].version;
      return out;
    });
  }

  private async admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.serverUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
}

export function urlWithDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
