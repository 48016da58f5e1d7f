import type { SqlClient, SqlPool } from '@chitieu/database';

/**
 * Which projections this process may run. With several projector processes on one database,
 * each projection runs in one of them at a time; the others stand by and take over when the
 * holder dies. Correctness never rests on the lease (the checkpoint row lock and the
 * position filter keep a batch from being applied twice); the lease keeps the standbys idle.
 */
export interface ProjectionLease {
  /** Takes what it can of `names` and confirms what it held; returns the names held now. */
  hold(names: readonly string[]): Promise<ReadonlySet<string>>;
  release(): Promise<void>;
}

/** Arbitrary, fixed: the first key of the two-key advisory locks, so ours collide with no one's. */
const LOCK_NAMESPACE = 0x63_68_69_74; // "chit"

/**
 * A session advisory lock per projection, held on a client kept out of the pool. PostgreSQL
 * releases it the moment that session ends, so a killed process frees its projections at once.
 * A failed liveness query means the session (and its locks) may be gone: let all go and retry.
 */
export class AdvisoryLockLease implements ProjectionLease {
  private client: SqlClient | null = null;
  private readonly held = new Set<string>();

  constructor(private readonly pool: SqlPool) {}

  async hold(names: readonly string[]): Promise<ReadonlySet<string>> {
    try {
      if (!this.client) this.client = await this.pool.connect();
      await this.client.query('SELECT 1');
      for (const name of names) {
        if (this.held.has(name)) continue;
        const { rows } = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS ok', [LOCK_NAMESPACE, name]);
        if (rows[0]?.ok) this.held.add(name);
      }
    } catch (err) {
      this.drop(err instanceof Error ? err : true);
    }
    return new Set(this.held);
  }

  async release(): Promise<void> {
    const client = this.client;
    if (!client) return;
    // Unlocking by hand rather than ending the session: the client goes back to the pool clean.
    await client.query('SELECT pg_advisory_unlock_all()').then(
      () => this.drop(false),
      (err: unknown) => this.drop(err instanceof Error ? err : true),
    );
  }

  private drop(err: Error | boolean): void {
    this.held.clear();
    this.client?.release(err);
    this.client = null;
  }
}

export interface LeaseCallbacks {
  /** This process got the projection: read its checkpoint and run it. */
  acquired(name: string): Promise<void>;
  /** The lease was lost (database session gone): stop running it. */
  lost(name: string): Promise<void>;
  /** Every tick, the projections another process runs (to follow their checkpoints). */
  standby(names: readonly string[]): Promise<void>;
}

/** Renews the lease every `intervalMs`, one tick at a time, and reports what changed. */
export class LeaseKeeper {
  private running = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly lease: ProjectionLease,
    private readonly names: readonly string[],
    private readonly callbacks: LeaseCallbacks,
    private readonly intervalMs = 1000,
  ) {}

  /** Resolves after the first attempt, so a lone process is running when start() returns. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.renew();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.tick;
    for (const name of this.running) await this.callbacks.lost(name);
    this.running.clear();
    await this.lease.release();
  }

  holds(name: string): boolean {
    return this.running.has(name);
  }

  private renew(): Promise<void> {
    this.tick = this.renewOnce()
      .catch(() => undefined)
      .finally(() => {
        if (!this.stopped) this.timer = setTimeout(() => void this.renew(), this.intervalMs).unref();
      });
    return this.tick;
  }

  private async renewOnce(): Promise<void> {
    const held = await this.lease.hold(this.names);
    if (this.stopped) return;
    for (const name of [...this.running].filter((n) => !held.has(n))) {
      this.running.delete(name);
      await this.callbacks.lost(name);
    }
    for (const name of this.names.filter((n) => held.has(n) && !this.running.has(n))) {
      await this.callbacks.acquired(name);
      this.running.add(name);
    }
    await this.callbacks.standby(this.names.filter((n) => !held.has(n)));
  }
}
