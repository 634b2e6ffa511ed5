import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobQueueService } from './job-queue.service';
import { JobEntity } from './job.entity';
import { PayloadEntity } from './payload.entity';
import { QueueHealthService } from './queue-health.service';

@Module({
  imports: [TypeOrmModule.forFeature([JobEntity, PayloadEntity])],
  providers: [QueueHealthService, JobQueueService],
  exports: [QueueHealthService, JobQueueService],
})
export class QueueModule {}
