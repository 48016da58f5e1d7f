import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DomainError, type CommandContext } from '@chitieu/kernel';
import type { AuthedRequest } from '../auth/auth.guard';
import { APP_CONFIG, type AppConfig } from '../config';
import { normalizeNfc, parseWith } from '../validation';
import { todayInHanoi } from '@chitieu/kernel';
import { commandEnvelopeSchema, ENVELOPE_KEYS } from './command-envelope';
import { IDEMPOTENCY_STORE, IdempotencyStore, type StoredResponse } from './idempotency.store';
import { WriteRateLimiter } from './rate-limiter';

/** What every command handler returns. */
export interface CommandResult {
  streamId: string;
  resourceId: string;
  nextVersion: number;
  lastPosition: bigint;
  eventIds: string[];
}

export interface CommandRoute<S extends z.ZodTypeAny> {
  schema: S;
  /** Path parameters merged into the payload before validation (they win over the body). */
  params?: Record<string, string>;
  build(payload: z.infer<S>, context: CommandContext, expectedVersion: number | undefined): object;
}

/** HTTP edge of every command: auth context, validation, If-Match, Idempotency-Key, 201 + ETag. */
@Injectable()
export class CommandGateway {
  private readonly limiter: WriteRateLimiter;
  constructor(
    private readonly bus: CommandBus,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new WriteRateLimiter(config.WRITE_RATE_LIMIT_PER_MINUTE);
  }

  async run<S extends z.ZodTypeAny>(request: AuthedRequest, reply: FastifyReply, route: CommandRoute<S>): Promise<unknown> {
    const principal = request.principal!;
    this.limiter.take(principal.tokenId);
    const body = normalizeNfc(request.body ?? {});
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('REQUEST.BODY_NOT_OBJECT', 'The request body must be a JSON object', 'validation', 'body');
    }
    const key = this.idempotencyKey(request);
    const hash = IdempotencyStore.requestHash(request.method, request.url, body);
    if (key) {
      const stored = await this.idempotency.find(principal.actor, key, hash);
      if (stored) return this.send(reply, stored, true);
    }
    const response = await this.execute(request, body as Record<string, unknown>, route, key);
    // The events are durable now: failing to remember the response (the database just went away)
    // must not tell the client the command failed. A retry with the key is still answered from
    // the recorded events (see handleCommand).
    if (key) await this.idempotency.save(principal.actor, key, hash, response).catch(() => undefined);
    return this.send(reply, response, false);
  }

  private async execute<S extends z.ZodTypeAny>(request: AuthedRequest, body: Record<string, unknown>, route: CommandRoute<S>, key: string | null): Promise<StoredResponse> {
    const principal = request.principal!;
    const envelopeInput: Record<string, unknown> = {};
    const payloadInput: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body)) ((ENVELOPE_KEYS as readonly string[]).includes(k) ? envelopeInput : payloadInput)[k] = v;
    const envelope = parseWith(commandEnvelopeSchema, envelopeInput);
    const payload = parseWith(route.schema, { ...payloadInput, ...(route.params ?? {}) });
    const today = todayInHanoi();
    const occurredAt = envelope.occurredAt ?? today;
    if (occurredAt > today) {
      throw new DomainError('COMMAND.DATE_IN_FUTURE', `occurredAt ${occurredAt} is after today (${today})`, 'unprocessable', 'occurredAt');
    }
    const correlationId = this.correlationId(request);
    const context: CommandContext = {
      actor: principal.actor, role: principal.role, unit: principal.unit, today, occurredAt,
      reason: envelope.reason ?? null, sourceDocument: envelope.sourceDocument ?? null,
      correlationId, causationId: null, ...(key ? { idSeed: `${principal.actor}:${key}` } : {}),
    };
    const result: CommandResult = await this.bus.execute(route.build(payload, context, this.expectedVersion(request)) as never);
    return {
      status: 201,
      body: { id: result.resourceId, streamId: result.streamId, version: result.nextVersion, position: result.lastPosition.toString(), eventIds: result.eventIds },
      headers: { etag: `"${result.nextVersion}"`, 'x-correlation-id': correlationId, 'x-position': result.lastPosition.toString() },
    };
  }

  private send(reply: FastifyReply, response: StoredResponse, replayed: boolean): unknown {
    void reply.status(response.status).headers(response.headers);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return response.body;
  }

  private expectedVersion(request: AuthedRequest): number | undefined {
    const header = request.headers['if-match'];
    if (header === undefined) return undefined;
    const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
    if (!m) throw new DomainError('REQUEST.IF_MATCH_INVALID', 'If-Match must be a version ETag such as "3"', 'validation', 'If-Match');
    return Number(m[1]);
  }

  private idempotencyKey(request: AuthedRequest): string | null {
    const key = request.headers['idempotency-key'];
    if (key === undefined) return null;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new DomainError('REQUEST.IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key must be 1-200 visible ASCII characters', 'validation', 'Idempotency-Key');
    }
    return key;
  }

  private correlationId(request: AuthedRequest): string {
    const given = request.headers['x-correlation-id'];
    return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(given) ? given : randomUUID();
  }
}

type CommandClass = new (payload: never, context: CommandContext, expectedVersion?: number) => object;

/** A route to a CQRS command class whose constructor is (payload, context, expectedVersion). */
export function commandRoute<S extends z.ZodTypeAny>(schema: S, command: CommandClass, params?: Record<string, string>): CommandRoute<S> {
  return { schema, params, build: (payload, context, expectedVersion) => new command(payload as never, context, expectedVersion) };
}
