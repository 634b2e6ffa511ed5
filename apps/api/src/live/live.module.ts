import { Global, Module } from '@nestjs/common';
import { LiveGateway } from './live.gateway';
import { LiveTraceService } from './live-trace.service';

/**
 * Live execution traces. Global because the workflow runner publishes to it wherever it runs (API process
 * or worker); the gateway needs the global API key service.
 */
@Global()
@Module({
  providers: [LiveTraceService, LiveGateway],
  exports: [LiveTraceService],
})
export class LiveModule {}
