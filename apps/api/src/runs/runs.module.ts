import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExecutionsModule } from '../executions/executions.module';
import { ModulesModule } from '../modules/modules.module';
import { LogsModule } from '../logs/logs.module';
import { QueueModule } from '../queue/queue.module';
import { SettingsModule } from '../settings/settings.module';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { ReentryGuardModule } from '../hooks/reentry/reentry-guard.module';
import { BlockingRunsService } from './blocking-runs.service';
import { JobProcessor } from './job-processor.service';
import { JobWorkerService } from './job-worker.service';
import { WorkflowRunnerService } from './workflow-runner.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkflowEntity]), ModulesModule, ExecutionsModule, SettingsModule, QueueModule, LogsModule, ReentryGuardModule],
  providers: [WorkflowRunnerService, BlockingRunsService, JobProcessor, JobWorkerService],
  exports: [WorkflowRunnerService, BlockingRunsService],
})
export class RunsModule {}
