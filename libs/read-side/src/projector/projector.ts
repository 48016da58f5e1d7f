import { DomainError } from '@chitieu/kernel';
import type { EventStore, RecordedEvent, Subscription } from '@chitieu/event-store';
import { lockCheckpointForBatch, readCheckpoints, saveCheckpoint } from './checkpoints';
import { LeaseKeeper, type ProjectionLease } from './lease';
import { PositionBoard } from './position-board';
import { applyBatch, type Projection } from './projection';
import { rebuildProjections, type RebuildProgress, type RebuildResult } from './rebuild';
import { LIVE_SCHEMA, type ReadStore } from './sql';

export interface ProjectorOptions {
  readonly batchSize?: number;
  /** Counts events after a position (lag, rebuild totals). Default: read and count, capped. */
  readonly countEventsAfter?: (after: bigint) => Promise<number>;
  /** Fault seam for tests: runs in the transaction after the rows are written, before the checkpoint. */
  readonly afterWrite?: (projection: string, events: readonly RecordedEvent[]) => Promise<void>;
  /** With several projector processes on one database: run a projection only while holding its lease. */
  readonly lease?: ProjectionLease;
  readonly leaseIntervalMs?: number;
}

export interface ProjectionLag {
  readonly name: string;
  readonly position: string;
  readonly headPosition: string;
  readonly eventsBehind: number;
  /** True when eventsBehind stopped counting at the cap. */
  readonly eventsBehindCapped: boolean;
  readonly running: boolean;
  /** Not running here because another process holds its lease. */
  readonly standby: boolean;
  readonly lastError: string | null;
}

const COUNT_CAP = 10_000;

/**
 * Runs each projection on its own subscription to the store. Every batch is applied and
 * checkpointed in one transaction, and only the events after the stored checkpoint are applied:
 * a redelivered batch, a crash between write and checkpoint, or a restart applies nothing twice.
 */
export class Projector {
  private readonly board: PositionBoard;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly batchSize: number;
  private keeper: LeaseKeeper | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.board = new PositionBoard(projections.map((p) => p.name));
  }

  async start(): Promise<void> {
    if (this.options.lease) return this.startLeased(this.options.lease);
    const stored = await readCheckpoints(this.readStore);
    for (const p of this.projections) {
      this.board.set(p.name, stored.get(p.name) ?? 0n);
      this.subscribe(p);
    }
  }

  async stop(): Promise<void> {
    await this.keeper?.stop();
    await Promise.all([...this.subscriptions.keys()].map((name) => this.stopOne(name)));
  }

  /** The subscription handler: public so a spec can redeliver a batch by hand. */
  async handle(name: string, events: readonly RecordedEvent[]): Promise<void> {
    const p = this.projection(name);
    const position = await this.readStore.transaction(async (tx) => {
      const checkpoint = await lockCheckpointForBatch(tx, name);
      const fresh = events.filter((e) => e.position > checkpoint);
      if (fresh.length === 0) return checkpoint;
      await applyBatch(tx, LIVE_SCHEMA, p, fresh);
      await this.options.afterWrite?.(name, fresh);
      const last = fresh[fresh.length - 1].position;
      await saveCheckpoint(tx, name, last);
      return last;
    });
    this.board.advance(name, position);
  }

  /** Committed checkpoints as this process last saw them. */
  positionsNow(): Map<string, bigint> {
    return this.board.snapshot();
  }

  async lag(): Promise<ProjectionLag[]> {
    const head = await this.store.headPosition();
    // The stored checkpoints, not this process's view: another process may run the projections.
    const stored = await readCheckpoints(this.readStore);
    return Promise.all(
      this.projections.map(async (p) => {
        const position = stored.get(p.name) ?? 0n;
        const behind = position < head ? await this.countAfter(position) : 0;
        return {
          name: p.name,
          position: position.toString(),
          headPosition: head.toString(),
          eventsBehind: behind,
          eventsBehindCapped: !this.options.countEventsAfter && behind >= COUNT_CAP,
          running: this.subscriptions.has(p.name),
          standby: this.keeper !== null && !this.subscriptions.has(p.name),
          lastError: this.subscriptions.get(p.name)?.lastError()?.message ?? null,
        };
      }),
    );
  }

  /** Resolves once every projection reached minPosition; else ReadModelNotCaughtUpError (503). */
  async waitForPosition(minPosition: bigint, timeoutMs = 5000): Promise<void> {
    if (this.board.reached(minPosition)) return;
    const head = await this.store.headPosition();
    if (minPosition > head) {
      throw new DomainError('READ_MODEL.POSITION_UNKNOWN', `minPosition ${minPosition} is beyond the newest event (${head})`, 'validation', 'minPosition');
    }
    await this.board.wait(minPosition, timeoutMs);
  }

  /** Replays one projection (or all, in one pass over the store) into fresh tables and swaps them in; see rebuild.ts. */
  async rebuild(name?: string, onProgress?: (p: RebuildProgress) => void): Promise<RebuildResult[]> {
    const targets = name === undefined ? this.projections : [this.projection(name)];
    const running = targets.filter((p) => this.subscriptions.has(p.name));
    const results = await rebuildProjections(targets, {
      store: this.store,
      readStore: this.readStore,
      batchSize: Math.max(this.batchSize, 2000),
      countEventsAfter: this.options.countEventsAfter,
      onProgress,
      beforeSwap: async () => {
        await Promise.all(running.map((p) => this.stopOne(p.name)));
      },
    });
    for (const r of results) this.board.set(r.projection, r.position);
    running.forEach((p) => this.subscribe(p));
    return results;
  }

  /** Runs each projection whose lease it gets, from the stored checkpoint; follows the others' checkpoints. */
  private startLeased(lease: ProjectionLease): Promise<void> {
    const keeper = new LeaseKeeper(lease, this.projections.map((p) => p.name), {
      acquired: async (name) => {
        this.board.set(name, (await readCheckpoints(this.readStore)).get(name) ?? 0n);
        this.subscribe(this.projection(name));
      },
      lost: (name) => this.stopOne(name),
      standby: async (names) => {
        if (names.length === 0) return;
        const stored = await readCheckpoints(this.readStore);
        for (const name of names) this.board.advance(name, stored.get(name) ?? 0n);
      },
    }, this.options.leaseIntervalMs);
    this.keeper = keeper;
    return keeper.start();
  }

  private subscribe(p: Projection): void {
    const from = this.board.get(p.name);
    const sub = this.store.subscribe({ from, name: `projection:${p.name}`, batchSize: this.batchSize }, (events) => this.handle(p.name, events));
    this.subscriptions.set(p.name, sub);
  }

  private async stopOne(name: string): Promise<void> {
    const sub = this.subscriptions.get(name);
    this.subscriptions.delete(name);
    await sub?.stop();
  }

  private projection(name: string): Projection {
    const p = this.projections.find((x) => x.name === name);
    if (!p) throw new DomainError('READ_MODEL.UNKNOWN', `No read model is named "${name}": ${this.projections.map((x) => x.name).join(', ')}`, 'validation', 'name');
    return p;
  }

  private async countAfter(after: bigint): Promise<number> {
    if (this.options.countEventsAfter) return this.options.countEventsAfter(after);
    return (await this.store.readAll({ after, limit: COUNT_CAP })).length;
  }
}
