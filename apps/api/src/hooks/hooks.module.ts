import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { RunsModule } from '../runs/runs.module';
import { HooksController } from './hooks.controller';

@Module({ imports: [RunsModule, QueueModule], controllers: [HooksController] })
export class HooksModule {}
