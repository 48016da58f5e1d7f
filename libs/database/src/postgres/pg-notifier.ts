import pg from 'pg';

type Handler = (payload: string) => void;

const RECONNECT_MAX_MS = 5_000;

/**
 * One dedicated connection for LISTEN, outside the pool (a pooled client would be handed to
 * someone else between notifications). Re-opens itself after a failure; what was missed while it
 * was down is found by the subscribers' slow poll.
 */
export class PgNotifier {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private closed = false;
  private retryMs = 100;

  constructor(private readonly config: pg.ClientConfig) {}

  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    const known = this.handlers.get(channel);
    if (known) known.add(handler);
    else this.handlers.set(channel, new Set([handler]));
    await this.ensureConnected();
    if (!known && this.client) await this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      this.handlers.get(channel)?.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureConnected(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (msg) => this.handlers.get(msg.channel)?.forEach((h) => h(msg.payload ?? '')));
    client.on('error', () => this.reopenLater(client));
    client.on('end', () => this.reopenLater(client));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      this.client = client;
      this.retryMs = 100;
    } catch {
      await client.end().catch(() => undefined);
      this.reopenLater(null);
    }
  }

  private reopenLater(failed: pg.Client | null): void {
    if (failed && failed !== this.client) return;
    this.client = null;
    if (this.closed) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    setTimeout(() => void this.ensureConnected(), delay).unref();
  }
}
