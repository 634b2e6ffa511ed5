import { Module } from '@nestjs/common';
import { LogsModule } from '../logs/logs.module';
import { QueueModule } from '../queue/queue.module';
import { RunsModule } from '../runs/runs.module';
import { SettingsModule } from '../settings/settings.module';
import { HooksController } from './hooks.controller';
import { ReentryGuardModule } from './reentry/reentry-guard.module';
import { TriggerDispatchService } from './trigger-dispatch.service';

@Module({
  imports: [RunsModule, QueueModule, LogsModule, SettingsModule, ReentryGuardModule],
  controllers: [HooksController],
  providers: [TriggerDispatchService],
  exports: [TriggerDispatchService],
})
export class HooksModule {}
