import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageParam } from '../common/http/page-param';
import { BlueprintsService } from './blueprints.service';

const BlueprintSchema = z.object({
  uuid: z.string().optional(),
  name: z.string().trim().min(1).max(191),
  description: z.string().max(191).optional(),
  timestamp: z.union([z.number(), z.string()]).optional(),
  data: z.union([z.array(z.unknown()), z.string()]),
});
class BlueprintDto extends createZodDto(BlueprintSchema) {}
class UpdateBlueprintDto extends createZodDto(BlueprintSchema.partial()) {}
/** A MISP blueprint file, verbatim: `{"WorkflowBlueprint": {...}}` (extra fields such as `mermaid` ignored). */
class BlueprintFileDto extends createZodDto(z.object({ WorkflowBlueprint: BlueprintSchema.passthrough() })) {}
class ListQuery extends createZodDto(
  z.object({ page: pageParam, limit: z.coerce.number().int().min(1).max(200).default(50), q: z.string().max(191).optional() }),
) {}
class FromWorkflowDto extends createZodDto(
  z.object({ workflow_id: z.string(), node_ids: z.array(z.number().int()).min(1), name: z.string().trim().min(1).max(191), description: z.string().max(191).optional() }),
) {}
class InsertDto extends createZodDto(z.object({ blueprint_id: z.string(), offset: z.object({ x: z.number(), y: z.number() }).optional() })) {}

@ApiTags('blueprints')
@ApiSecurity('api-key')
@Controller()
export class BlueprintsController {
  constructor(private readonly blueprints: BlueprintsService) {}

  @Get('blueprints')
  list(@Query() query: ListQuery) {
    return this.blueprints.list(query);
  }

  @Post('blueprints')
  create(@Body() body: BlueprintDto) {
    return this.blueprints.create(body);
  }

  @Post('blueprints/import')
  @ApiOperation({ summary: 'Import a MISP blueprint file verbatim; the same uuid twice → 409' })
  import(@Body() body: BlueprintFileDto) {
    return this.blueprints.create(body.WorkflowBlueprint);
  }

  @Post('blueprints/from-workflow')
  @ApiOperation({ summary: 'Save selected nodes of a workflow as a blueprint' })
  fromWorkflow(@Body() body: FromWorkflowDto) {
    return this.blueprints.fromWorkflow(body);
  }

  @Get('blueprints/:id')
  get(@Param('id') id: string) {
    return this.blueprints.get(id);
  }

  @Get('blueprints/:id/export')
  @ApiOperation({ summary: "MISP's blueprint file format" })
  export(@Param('id') id: string) {
    return this.blueprints.exportFile(id);
  }

  @Put('blueprints/:id')
  update(@Param('id') id: string, @Body() body: UpdateBlueprintDto) {
    return this.blueprints.update(id, body);
  }

  @Delete('blueprints/:id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.blueprints.remove(id);
  }

  @Post('workflows/:id/insert-blueprint')
  @HttpCode(200)
  @ApiOperation({ summary: 'Insert a blueprint into a workflow: triggers skipped, new node ids, connections kept' })
  insert(@Param('id') id: string, @Body() body: InsertDto) {
    return this.blueprints.insertIntoWorkflow(id, body.blueprint_id, body.offset);
  }
}
