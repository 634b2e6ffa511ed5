import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParam } from '../common/http/page-param';
import { ExecutionsService } from './executions.service';

const instant = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-11-23T10:00:00Z' })
  .transform((value) => new Date(value));

const ExecutionQuerySchema = z
  .object({
    workflow_id: z.string().optional(),
    trigger_id: z.string().optional(),
    outcome: z.enum(['success', 'blocked', 'failure']).optional(),
    /** Runs started at or after this instant. */
    from: instant.optional(),
    /** Runs started at or before this instant. */
    to: instant.optional(),
    page: pageParam,
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] });
class ExecutionQueryDto extends createZodDto(ExecutionQuerySchema) {}

@ApiTags('executions')
@ApiSecurity('api-key')
@Controller('executions')
export class ExecutionsController {
  constructor(private readonly executions: ExecutionsService) {}

  @Get()
  list(@Query() query: ExecutionQueryDto) {
    return this.executions.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.executions.get(id);
  }
}
