import { Module } from '@nestjs/common';
import { LogsModule } from '../logs/logs.module';
import { QueueModule } from '../queue/queue.module';
import { RunsModule } from '../runs/runs.module';
import { HooksController } from './hooks.controller';

@Module({ imports: [RunsModule, QueueModule, LogsModule], controllers: [HooksController] })
export class HooksModule {}
