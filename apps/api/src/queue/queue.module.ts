import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobQueueService } from './job-queue.service';
import { JobStore } from './job-store.service';
import { JobEntity } from './job.entity';
import { PayloadEntity } from './payload.entity';
import { QueueHealthService } from './queue-health.service';
import { RedisQueues } from './redis-queues.service';

@Module({
  imports: [TypeOrmModule.forFeature([JobEntity, PayloadEntity])],
  providers: [QueueHealthService, JobStore, RedisQueues, JobQueueService],
  exports: [QueueHealthService, JobStore, RedisQueues, JobQueueService],
})
export class QueueModule {}
