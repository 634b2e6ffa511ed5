import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExecutionsModule } from '../executions/executions.module';
import { ModulesModule } from '../modules/modules.module';
import { SettingsModule } from '../settings/settings.module';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { WorkflowRunnerService } from './workflow-runner.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkflowEntity]), ModulesModule, ExecutionsModule, SettingsModule],
  providers: [WorkflowRunnerService],
  exports: [WorkflowRunnerService],
})
export class RunsModule {}
