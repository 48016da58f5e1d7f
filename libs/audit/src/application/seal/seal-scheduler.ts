import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { APP_CONFIG, type AppConfig } from '@chitieu/http';
import { DomainError } from '@chitieu/kernel';
import { sealDigest } from './seal-digest';

/**
 * Seals the log every SEAL_INTERVAL_MINUTES (0: never). A failed seal is logged and retried at
 * the next tick; nothing else waits on it. Several processes may seal the same head: the second
 * append meets a version conflict and is simply logged.
 */
@Injectable()
export class SealScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SealScheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'SEAL_INTERVAL_MINUTES'>,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.SEAL_INTERVAL_MINUTES;
    if (minutes > 0) this.timer = setInterval(() => void this.tick(), minutes * 60_000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One seal, unless the previous one is still running. */
  tick(): Promise<void> {
    this.running ??= sealDigest(this.store, { actor: 'system:seal-scheduler' })
      .then((r) => {
        if (r.recorded) this.logger.log(`sealed ${r.data.eventCount} events: ${r.text}`);
      })
      .catch((err: unknown) => {
        if (err instanceof DomainError && err.code === 'AUDIT.NOTHING_TO_SEAL') return;
        this.logger.warn(`seal failed, retrying at the next tick: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}
