import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@chitieu/kernel';
import { isConnectionFailure } from '@chitieu/database';
import { StoreUnavailableError } from '@chitieu/event-store';
import { problem, STATUS_BY_KIND, type Problem } from './problem';

/** The one place where errors become HTTP: RFC 9457 problem details, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body: Problem = { ...this.toProblem(error), instance: request.url, correlationId: request.headers['x-correlation-id'] as string | undefined };
    if (body.status >= 500 && body.status !== 503) this.logger.error({ err: error, url: request.url }, 'unhandled error');
    if (body.status === 503 || body.status === 429) void reply.header('Retry-After', String(Number(body.retryAfter ?? 2)));
    if (body.status === 412 && typeof body.currentVersion === 'number') void reply.header('ETag', `"${body.currentVersion}"`);
    void reply.status(body.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(body);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof DomainError) {
      const status = STATUS_BY_KIND[error.kind];
      return problem(status, error.code, error.message, { field: error.field, ...(error.details ?? {}) });
    }
    // Not only the event store's own errors: any query (idempotency keys, unit lookups, read
    // models) can meet a lost connection, and that is an outage to retry, not a bug.
    if (error instanceof StoreUnavailableError || isConnectionFailure(error)) {
      return problem(503, 'STORE.UNAVAILABLE', 'The database is unavailable; retry shortly', { retryAfter: 2 });
    }
    const fastifyCode = (error as { code?: string }).code;
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return problem(413, 'REQUEST.BODY_TOO_LARGE', 'The request body is over 1 MB');
    if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send JSON (application/json)');
    if (fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fastifyCode === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || error instanceof SyntaxError) {
      return problem(400, 'REQUEST.MALFORMED_JSON', 'The request body is not valid JSON', { field: 'body' });
    }
    const statusOf = error instanceof HttpException ? error.getStatus() : (error as { statusCode?: number }).statusCode;
    if (statusOf === 413) return problem(413, 'REQUEST.BODY_TOO_LARGE', 'The request body is over 1 MB');
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return problem(status, status === 404 ? 'ROUTE.NOT_FOUND' : `HTTP.${status}`, error.message);
    }
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return problem(statusCode, `HTTP.${statusCode}`, (error as Error).message);
    }
    return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged');
  }
}
