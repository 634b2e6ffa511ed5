import { Controller, Get, Query } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParam } from '../common/http/page-param';
import { LogsService } from './logs.service';

const LogQuerySchema = z.object({
  page: pageParam,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  model: z.string().max(80).optional(),
  action: z.string().max(80).optional(),
  model_id: z.string().max(64).optional(),
});
class LogQueryDto extends createZodDto(LogQuerySchema) {}

@ApiTags('logs')
@ApiSecurity('api-key')
@Controller('logs')
export class LogsController {
  constructor(private readonly logs: LogsService) {}

  @Get()
  list(@Query() query: LogQueryDto) {
    return this.logs.list(query);
  }
}
