import { Global, Module } from '@nestjs/common';
import { ExecutionsModule } from '../executions/executions.module';
import { QueueModule } from '../queue/queue.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** `/metrics` at the root. Global because the workflow runner counts its runs here wherever it runs. */
@Global()
@Module({
  imports: [QueueModule, ExecutionsModule],
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
