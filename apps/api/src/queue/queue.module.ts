import { Module } from '@nestjs/common';
import { QueueHealthService } from './queue-health.service';

@Module({ providers: [QueueHealthService], exports: [QueueHealthService] })
export class QueueModule {}
