import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicRead, Roles } from '@chitieu/http';
import type { QueryParams } from '../queries/params';
import { ReadSideQueries } from '../queries/read-side-queries';
import { FLAG_COLUMNS, HISTORY_COLUMNS, INDICATOR_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS } from './csv-columns';
import { respondList, respondOne } from './list-response';

const TIME_NOTE = 'asOf=YYYY-MM-DD (business date, default today in Hanoi), knownAt=ISO instant (default now), minPosition (wait for your own write)';

@ApiTags('programs')
@Controller('api/v1/programs')
export class ProgramsReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get(':id/summary')
  @Roles('viewer')
  @PublicRead()
  @ApiOperation({ summary: `Indicator counts by horizon and status, by group and by lead unit. ${TIME_NOTE}; year` })
  async summary(@Param('id') id: string, @Query() q: QueryParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const { summary, answer } = await this.queries.programSummaryAnswer(id, q);
    return respondOne(reply, q, summary, answer);
  }

  @Get(':id/indicators')
  @Roles('viewer')
  @PublicRead()
  @ApiOperation({ summary: `Indicators with progress and status; filters group, unit, status, horizon (term|annual), year. ${TIME_NOTE}. Accept: text/csv` })
  async indicators(@Param('id') id: string, @Query() q: QueryParams, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return respondList(reply, accept, q, await this.queries.programIndicators(id, q), INDICATOR_COLUMNS, `chi-tieu-${id}`);
  }
}

@ApiTags('indicators')
@Controller('api/v1/indicators')
export class IndicatorsReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: `One indicator: targets, values, computed and assessed status, data-quality flags. ${TIME_NOTE}` })
  one(@Param('id') id: string, @Query() q: QueryParams) {
    return this.queries.indicator(id, q);
  }

  @Get(':id/history')
  @Roles('viewer')
  @ApiOperation({ summary: 'Every fact about the indicator known at knownAt, with business and recorded time. Accept: text/csv' })
  async history(@Param('id') id: string, @Query() q: QueryParams, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return respondList(reply, accept, q, await this.queries.indicatorHistory(id, q), HISTORY_COLUMNS, `lich-su-${id}`);
  }
}

@ApiTags('directives')
@Controller('api/v1/directives')
export class DirectivesReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get()
  @Roles('viewer')
  @PublicRead()
  @ApiOperation({ summary: `Every task of every directive; filters status (open, overdue, ...), unit, program. ${TIME_NOTE}. Accept: text/csv` })
  async list(@Query() q: QueryParams, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return respondList(reply, accept, q, await this.queries.tasks(q), TASK_COLUMNS, 'nhiem-vu');
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: `A directive with its tasks as of a date. ${TIME_NOTE}` })
  one(@Param('id') id: string, @Query() q: QueryParams) {
    return this.queries.directive(id, q);
  }
}

@ApiTags('units')
@Controller('api/v1/units')
export class UnitsReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get()
  @Roles('viewer')
  @PublicRead()
  @ApiOperation({ summary: `Units in Vietnamese order. ${TIME_NOTE}. Accept: text/csv` })
  async list(@Query() q: QueryParams, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return respondList(reply, accept, q, await this.queries.unitList(q), UNIT_COLUMNS, 'don-vi');
  }

  @Get(':code/workload')
  @Roles('viewer')
  @ApiOperation({ summary: `Indicators led and coordinated, tasks open, due soon, overdue, completed, late reports. ${TIME_NOTE}` })
  workload(@Param('code') code: string, @Query() q: QueryParams) {
    return this.queries.workload(code, q);
  }
}

@ApiTags('data-quality')
@Controller('api/v1/data-quality')
export class DataQualityReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: `Reports whose quoted percentage disagrees, late reports, impossible percentages, outliers; filters program, kind, unit. ${TIME_NOTE}. Accept: text/csv` })
  async list(@Query() q: QueryParams, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return respondList(reply, accept, q, await this.queries.dataQuality(q), FLAG_COLUMNS, 'chat-luong-du-lieu');
  }
}

/** Names actors: for auditors and the secretariat, like the auditor's API. */
@ApiTags('audit')
@Controller('api/v1/audit-trail')
export class AuditTrailReadController {
  constructor(private readonly queries: ReadSideQueries) {}

  @Get()
  @Roles('auditor', 'secretariat', 'admin')
  @ApiOperation({ summary: 'Every event with recorded and business time, actor, role, unit, reason, document, old -> new; filters subject, unit, type, knownAt; cursor, limit' })
  list(@Query() q: QueryParams) {
    return this.queries.auditTrail(q);
  }
}

export const READ_CONTROLLERS = [
  ProgramsReadController, IndicatorsReadController, DirectivesReadController, UnitsReadController, DataQualityReadController, AuditTrailReadController,
];
