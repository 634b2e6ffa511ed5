import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, RouterModule } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuthModule } from './auth/auth.module';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import type { AppConfig } from './config/app-config.schema';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { SettingsModule } from './settings/settings.module';
import { WorkflowsModule } from './workflows/workflows.module';
import { ModulesModule } from './modules/modules.module';
import { ExecutionsModule } from './executions/executions.module';
import { HooksModule } from './hooks/hooks.module';
import { TriggersModule } from './triggers/triggers.module';
import { LogsModule } from './logs/logs.module';
import { BlueprintsModule } from './blueprints/blueprints.module';
import { MispModulesModule } from './misp-modules/misp-modules.module';
import { LiveModule } from './live/live.module';
import { MetricsModule } from './metrics/metrics.module';

/** Feature modules served under `/api/v1`. */
const API_V1_FEATURES = [AuthModule, HealthModule, SettingsModule, WorkflowsModule, ModulesModule, ExecutionsModule, HooksModule, TriggersModule, LogsModule, BlueprintsModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        ...API_V1_FEATURES,
        RouterModule.register([{ path: 'api/v1', children: API_V1_FEATURES }]),
        // The misp-modules-compatible surface lives at the root, where MISP looks for a modules server.
        MispModulesModule,
        // socket.io live traces on the API port (`/socket.io`) and Prometheus `/metrics`, both at the root.
        LiveModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}
