import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { Role } from '@chitieu/kernel';
import { Roles } from '../auth/roles.decorator';

const ENVELOPE_DOC = {
  occurredAt: { type: 'string', format: 'date', description: 'Business date of the fact (default today, never in the future)' },
  reason: { type: 'string', description: 'Why; required for corrections, revisions and retirements' },
  sourceDocument: {
    type: 'object',
    description: 'The document this rests on: issuer + number/symbol + date',
    properties: { issuer: { type: 'string' }, number: { type: 'string' }, date: { type: 'string', format: 'date' }, title: { type: 'string' } },
    required: ['issuer', 'number', 'date'],
  },
};

/** A command route: POST, the roles allowed, and OpenAPI generated from the zod schema. */
export function CommandEndpoint(tag: string, path: string, schema: z.ZodTypeAny, roles: Role[], summary: string) {
  const toJson = zodToJsonSchema as (s: unknown, o: object) => { properties?: Record<string, unknown> };
  const json = toJson(schema, { target: 'openApi3', $refStrategy: 'none' });
  const body = { ...json, properties: { ...(json.properties ?? {}), ...ENVELOPE_DOC } };
  return applyDecorators(
    Post(path),
    HttpCode(201),
    Roles(...roles),
    ApiTags(tag),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `Allowed roles: ${roles.join(', ')}. Path parameters override body fields of the same name.` }),
    ApiBody({ schema: body as never }),
    ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream version (the ETag of a previous response); stale → 412' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body replays the first response; another body → 422' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false }),
    ApiResponse({ status: 201, description: '{ id, streamId, version, position, eventIds }; ETag = stream version' }),
    ApiResponse({ status: 400, description: 'Problem details naming the field' }),
    ApiResponse({ status: 403, description: 'Not allowed; the code names the rule' }),
    ApiResponse({ status: 412, description: 'Stale If-Match; the current version is in ETag and the body' }),
  );
}

export const UNIT_WRITERS: Role[] = ['unit', 'secretariat', 'admin'];
export const SECRETARIAT: Role[] = ['secretariat', 'admin'];
