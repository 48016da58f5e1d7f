import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public, type HealthContributor, type HealthReport } from '@chitieu/http';
import { formatProjectionMetrics, projectionHealth } from '../projector/metrics';
import type { Projector } from '../projector/projector';
import { PROJECTOR } from './tokens';

/** Prometheus scrape endpoint for the projections (no auth, like /api/health). */
@ApiExcludeController()
@Controller('metrics')
export class ReadSideMetricsController {
  constructor(@Inject(PROJECTOR) private readonly projector: Projector) {}

  @Get()
  @Public()
  async metrics(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return formatProjectionMetrics(await this.projector.lag());
  }
}

/** The read side's part of /api/health: each projection's position, head, events behind, errors. */
export class ReadSideHealth implements HealthContributor {
  readonly name = 'read-models';

  /** runsProjector false: a query-only process; the projections run elsewhere, so only lag counts. */
  constructor(private readonly projector: Projector, private readonly runsProjector = true) {}

  async check(): Promise<HealthReport> {
    const lags = await this.projector.lag();
    return projectionHealth(this.runsProjector ? lags : lags.map((l) => ({ ...l, standby: true })));
  }
}
