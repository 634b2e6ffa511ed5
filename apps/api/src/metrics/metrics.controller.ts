import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequireRole } from '../common/auth/auth.decorators';
import { MetricsService } from './metrics.service';

/**
 * Prometheus text format at the root (`/metrics`, Prometheus's default path), behind an API key of any role
 * (decision 0021): Prometheus sends it with `authorization: {credentials: <key>}` as `Bearer <key>`.
 */
@ApiTags('metrics')
@ApiSecurity('api-key')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @RequireRole('viewer')
  @ApiProduces('text/plain')
  @ApiOperation({ summary: 'Prometheus metrics of this process: runs, durations, queue depth, recording lag' })
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { contentType, body } = await this.metrics.render();
    void reply.header('content-type', contentType);
    return body;
  }
}
