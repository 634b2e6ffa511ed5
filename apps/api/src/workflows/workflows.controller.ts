import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CheckGraphDto, ExecuteWorkflowDto, CreateWorkflowDto, ListWorkflowsQuery, UpdateWorkflowDto, WorkflowFileDto } from './dto/workflow.dto';
import { WorkflowRunnerService } from '../runs/workflow-runner.service';
import { WorkflowsService } from './workflows.service';

@ApiTags('workflows')
@ApiSecurity('api-key')
@Controller('workflows')
export class WorkflowsController {
  constructor(
    private readonly workflows: WorkflowsService,
    private readonly runner: WorkflowRunnerService,
  ) {}

  @Get()
  list(@Query() query: ListWorkflowsQuery) {
    return this.workflows.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a workflow; the graph is validated like MISP (422 with the checkGraph result)' })
  create(@Body() body: CreateWorkflowDto) {
    return this.workflows.create(body);
  }

  @Post('check-graph')
  @HttpCode(200)
  @ApiOperation({ summary: "MISP's checkGraph: cycles, multiple output connections, path warnings" })
  checkGraph(@Body() body: CheckGraphDto) {
    return this.workflows.checkGraph(body.graph);
  }

  @Post('import')
  @ApiOperation({ summary: 'Create a workflow from an exported workflow file' })
  import(@Body() body: WorkflowFileDto) {
    return this.workflows.create(body.workflow);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.workflows.get(id);
  }

  @Post(':id/execute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the workflow now on the given data, synchronously (MISP executeWorkflow)' })
  async execute(@Param('id') id: string, @Body() body: ExecuteWorkflowDto) {
    return this.runner.run({ workflow: await this.workflows.find(id), rawData: body.data, source: 'manual' });
  }

  @Get(':id/export')
  export(@Param('id') id: string) {
    return this.workflows.exportFile(id);
  }

  @Put(':id')
  update(@Param('id') id: string, @Body() body: UpdateWorkflowDto) {
    return this.workflows.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.workflows.remove(id);
  }
}
