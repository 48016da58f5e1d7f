import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { createDatabase, type Database } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { TokenService } from '@chitieu/http';
import type { Role } from '@chitieu/kernel';
import { startChild, type Child } from '../harness/child';
import type { BenchContext } from '../harness/context';
import { BENCH_JWT_SECRET } from '../children/bench-secret';

/**
 * The standalone app in a child process on its own scratch database (seeded with the Program
 * 08-CTr/TU sample), and a store on the same database for the bench's own setup appends.
 * Started once for the http, queries and as-of scenarios.
 */
export class AppSession {
  private readonly tokens = new TokenService(BENCH_JWT_SECRET, '2h');

  private constructor(
    readonly url: string,
    readonly databaseUrl: string,
    readonly db: Database,
    readonly store: PostgresEventStore,
    private readonly child: Child<{ url: string }>,
  ) {}

  static async start(ctx: BenchContext): Promise<AppSession> {
    const databaseUrl = await ctx.scratch.create('app');
    ctx.log('app: starting the standalone app in a child process (seeding the sample program)');
    const child = startChild<{ url: string }>('serve', { DATABASE_URL: databaseUrl });
    const { url } = await child.first;
    const db = await createDatabase({ databaseUrl, dataDir: 'unused', poolSize: 16 });
    return new AppSession(url, databaseUrl, db, new PostgresEventStore(db), child);
  }

  token(role: Role, unit: string | null = null): string {
    return this.tokens.sign({ sub: `bench-${role}`, role, unit });
  }

  /** GET until the answer is 2xx (the projector catching up answers 503 meanwhile). */
  async getWhenReady(path: string, role: Role = 'viewer', timeoutMs = 600_000): Promise<unknown> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(`${this.url}${path}`, { headers: { authorization: `Bearer ${this.token(role)}` } });
      if (res.ok) return res.json();
      if (Date.now() > until) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      await sleep(500);
    }
  }

  /** autocannon against the app; throws when any request failed in a way the scenario did not expect. */
  async load(options: Omit<autocannon.Options, 'url'> & { path: string }, allowNon2xx = false): Promise<autocannon.Result> {
    const { path, ...rest } = options;
    const result = await autocannon({ ...rest, url: `${this.url}${path}` });
    if (result.errors > 0 || (!allowNon2xx && result.non2xx > 0) || (!allowNon2xx && result['2xx'] === 0)) {
      throw new Error(`${path}: ${result.errors} errors, ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodeStats ?? {})})`);
    }
    return result;
  }

  async close(): Promise<void> {
    this.child.process.kill('SIGTERM');
    await this.child.exited;
    await this.store.close();
    await this.db.close();
  }
}

export async function appSession(ctx: BenchContext): Promise<AppSession> {
  ctx.shared.app ??= await AppSession.start(ctx);
  return ctx.shared.app;
}
