import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { TriggerView } from '@misp-wf/contracts';
import { TRIGGER_DEFINITIONS } from '@misp-wf/engine';
import type { Repository } from 'typeorm';
import { SettingsService } from '../settings/settings.service';
import { WorkflowEntity } from '../workflows/workflow.entity';

@ApiTags('triggers')
@ApiSecurity('api-key')
@Controller('triggers')
export class TriggersController {
  constructor(
    @InjectRepository(WorkflowEntity) private readonly workflows: Repository<WorkflowEntity>,
    private readonly settings: SettingsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The 17 MISP triggers with MISP's fields, enabled state and bound workflow" })
  async list(): Promise<TriggerView[]> {
    const settings = await this.settings.getMap();
    const rows = await this.workflows.find({ select: { id: true, triggerId: true, counter: true, updatedAt: true } });
    const byTrigger = new Map(rows.map((r) => [r.triggerId, r]));
    return TRIGGER_DEFINITIONS.map((t) => {
      const wf = byTrigger.get(t.id);
      return {
        id: t.id,
        name: t.name,
        scope: t.scope,
        description: t.description,
        icon: t.icon,
        blocking: t.blocking,
        misp_core_format: t.misp_core_format,
        trigger_overhead: t.trigger_overhead,
        trigger_overhead_message: t.trigger_overhead_message,
        enabled: settings[`Plugin.Workflow_triggers_${t.id}`] === true,
        workflow_id: wf?.id ?? null,
        run_counter: wf?.counter ?? 0,
        last_update: wf ? wf.updatedAt.toISOString() : null,
      };
    });
  }
}
