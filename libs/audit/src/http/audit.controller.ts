import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DATABASE, type Database } from '@chitieu/database';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { Roles } from '@chitieu/http';
import { DomainError } from '@chitieu/kernel';
import { parseDigest } from '../domain/digest';
import { findProof } from '../application/proof/find-proof';
import { listEvents } from '../application/queries/list-events.query';
import type { ReplayReport } from '../application/replay/replay-compare';
import type { ReplayJobs } from '../application/replay/replay-jobs';
import { recordedSeals, verifyLog } from '../application/verify/verify-log';

export const REPLAY_JOBS = Symbol('REPLAY_JOBS');

const oneString = (v: unknown, field: string): string | undefined => {
  if (v === undefined || typeof v === 'string') return v;
  throw new DomainError('AUDIT.INVALID_INPUT', `${field}: give it once`, 'validation', field);
};

/** The auditor's API: read-only over the log, plus replays (which write only a scratch schema). */
@ApiTags('audit')
@Controller('api/v1/audit')
@Roles('auditor', 'admin')
export class AuditController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPLAY_JOBS) private readonly jobs: ReplayJobs<ReplayReport>,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'Events with their hashes; filters stream, type, actor, unit, recordedFrom/To, occurredFrom/To; cursor `after`' })
  events(@Query() query: Record<string, unknown>) {
    return listEvents(this.db.pool, query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Verifies every hash chain and seal (and `digest`, if given); `ok` false names the first problem' })
  verify(@Query('digest') digest?: unknown) {
    const text = oneString(digest, 'digest');
    return verifyLog(this.store, { published: text ? [parseDigest(text)] : [] });
  }

  @Post('replays')
  @HttpCode(202)
  @ApiOperation({ summary: 'Starts a replay of every projection compared with the live read models; poll its Location' })
  startReplay(@Res({ passthrough: true }) reply: FastifyReply) {
    const job = this.jobs.start();
    void reply.header('Location', `/api/v1/audit/replays/${job.id}`);
    return job;
  }

  @Get('replays/:id')
  @ApiOperation({ summary: 'A replay: running (with progress), no_drift, drift (with the rows), or failed' })
  replay(@Param('id') id: string) {
    return this.jobs.get(id);
  }

  @Get('digests')
  @ApiOperation({ summary: 'Every seal recorded in the log, oldest first, with the text to publish' })
  async digests() {
    return (await recordedSeals(this.store)).map(({ data, event }) => ({
      text: data.text,
      upToPosition: data.upToPosition,
      eventCount: data.eventCount,
      root: data.root,
      algorithm: data.algorithm,
      sealedAt: data.sealedAt,
      eventId: event.eventId,
      position: event.position.toString(),
      sealedBy: event.metadata.actor,
    }));
  }

  @Get('proofs/:eventId')
  @ApiOperation({ summary: "An event's inclusion proof against `digest`, or the earliest seal that covers it" })
  proof(@Param('eventId') eventId: string, @Query('digest') digest?: unknown) {
    return findProof(this.db.pool, this.store, eventId, oneString(digest, 'digest'));
  }
}
