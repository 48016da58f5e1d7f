import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator';
import { HEALTH_CONTRIBUTORS, overallHealth, type HealthContributor } from './health';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(@Inject(HEALTH_CONTRIBUTORS) private readonly contributors: HealthContributor[]) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Engine, migrations and subscriber positions; 200 when usable, 503 when down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const result = await overallHealth(this.contributors);
    void reply.status(result.status === 'down' ? 503 : 200);
    if (result.status === 'down') void reply.header('Retry-After', '5');
    return result;
  }
}
