import { randomUUID } from 'node:crypto';
import { DomainError } from '@chitieu/kernel';

export interface ReplayProgressInfo {
  readonly events: number;
  readonly position: string;
}

/** How a replay is run: the CLI and the API share it (see replay-compare.ts). */
export type ReplayRunner<R> = (onProgress: (p: ReplayProgressInfo) => void) => Promise<R & { ok: boolean }>;

export interface ReplayJob<R> {
  readonly id: string;
  status: 'running' | 'no_drift' | 'drift' | 'failed';
  readonly startedAt: string;
  finishedAt: string | null;
  progress: ReplayProgressInfo;
  result: R | null;
  error: string | null;
}

/**
 * Replays as background jobs polled over HTTP. One at a time: a replay reads the whole log and
 * fills a scratch schema, and two at once would share that schema. Kept in memory: a job is a
 * check to re-run, not a record (its outcome is not part of the log).
 */
export class ReplayJobs<R> {
  private readonly jobs = new Map<string, ReplayJob<R>>();
  private running: ReplayJob<R> | null = null;

  constructor(private readonly runner: ReplayRunner<R>, private readonly keep = 20) {}

  start(): ReplayJob<R> {
    if (this.running) {
      throw new DomainError('AUDIT.REPLAY_RUNNING', `Replay ${this.running.id} is still running; poll it instead`, 'conflict', 'replay', { id: this.running.id });
    }
    const job: ReplayJob<R> = { id: randomUUID(), status: 'running', startedAt: new Date().toISOString(), finishedAt: null, progress: { events: 0, position: '0' }, result: null, error: null };
    this.running = job;
    this.jobs.set(job.id, job);
    this.forgetOld();
    void this.runner((p) => (job.progress = p)).then(
      (result) => this.finish(job, result.ok ? 'no_drift' : 'drift', result, null),
      (err: unknown) => this.finish(job, 'failed', null, err instanceof Error ? err.message : String(err)),
    );
    return job;
  }

  get(id: string): ReplayJob<R> {
    const job = this.jobs.get(id);
    if (!job) throw new DomainError('AUDIT.REPLAY_NOT_FOUND', `No replay ${id} (jobs are kept in memory until restart)`, 'not_found', 'id');
    return job;
  }

  private finish(job: ReplayJob<R>, status: ReplayJob<R>['status'], result: R | null, error: string | null): void {
    Object.assign(job, { status, result, error, finishedAt: new Date().toISOString() });
    this.running = null;
  }

  private forgetOld(): void {
    for (const id of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - this.keep))) if (this.jobs.get(id) !== this.running) this.jobs.delete(id);
  }
}
