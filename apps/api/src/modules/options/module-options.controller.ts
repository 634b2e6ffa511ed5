import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ModuleOptionsService } from './module-options.service';
import { OPTION_SOURCE_NAMES } from './option-sources';

const OptionsQuerySchema = z.object({
  search: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
class OptionsQueryDto extends createZodDto(OptionsQuerySchema) {}

@ApiTags('modules')
@ApiSecurity('api-key')
@Controller('modules/options')
export class ModuleOptionsController {
  constructor(private readonly options: ModuleOptionsService) {}

  @Get(':source')
  @ApiOperation({
    summary: 'Options of a picker param (`options_source` of a module manifest), searched case-insensitively by label and value',
    description:
      'Answers `{data: [{value, label}], total, source, warning?}`: at most `limit` (1–500, default 50) matches, prefix matches first, ' +
      '`total` counting every match. Lists come from MISP or the enrichment service and are cached for 60 s. When the list cannot be ' +
      'loaded the answer is still 200, with `data: []` and a `warning` (decision 0024). Unknown source → 404.',
  })
  @ApiParam({ name: 'source', enum: OPTION_SOURCE_NAMES })
  list(@Param('source') source: string, @Query() query: OptionsQueryDto) {
    return this.options.search(source, query);
  }
}
