import { randomUUID } from 'node:crypto';
import { call, type Outcome } from './http';

/** One command a client sent, with what it saw; the key and correlation id find it in the store. */
export interface Sent {
  readonly client: number;
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
  readonly idempotencyKey: string;
  readonly correlationId: string;
  outcome: Outcome;
  /** Set when a command that got no response was sent again with the same key. */
  retry?: Outcome;
}

export interface Command {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly token: string;
}

/**
 * `clients` loops, each sending the commands `next(client, n)` gives, one at a time, until
 * stop() or `maxPerClient`; bounded in count and time, only to the given URL.
 */
export function startClients(url: () => string, clients: number, next: (client: number, n: number) => Command, maxPerClient = 2000, timeoutMs = 15_000) {
  const sent: Sent[] = [];
  let stopped = false;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; n < maxPerClient && !stopped; n++) {
      const command = next(client, n);
      const s: Sent = { client, ...command, idempotencyKey: randomUUID(), correlationId: randomUUID(), outcome: { kind: 'no_response', error: 'not sent', ms: 0 } };
      sent.push(s);
      s.outcome = await send(url(), s, timeoutMs);
      if (s.outcome.kind === 'no_response') await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    sent,
    acknowledged: () => sent.filter((s) => s.outcome.kind === 'response' && s.outcome.status === 201).length,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

export function send(url: string, s: Sent, timeoutMs = 15_000): Promise<Outcome> {
  return call(url, 'POST', s.path, {
    token: s.token,
    body: s.body,
    headers: { 'idempotency-key': s.idempotencyKey, 'x-correlation-id': s.correlationId },
    timeoutMs,
  });
}

export const statusOf = (o: Outcome | undefined): number | 'none' => (o?.kind === 'response' ? o.status : 'none');

/** Counts outcomes by status ("none" = no response), for the figures in docs/RELIABILITY.md. */
export function tally(sent: readonly Sent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of sent) out[String(statusOf(s.outcome))] = (out[String(statusOf(s.outcome))] ?? 0) + 1;
  return out;
}
