import { Module } from '@nestjs/common';
import { ModulesModule } from '../modules/modules.module';
import { QueueModule } from '../queue/queue.module';
import { RunsModule } from '../runs/runs.module';
import { SettingsModule } from '../settings/settings.module';
import { MispModulesController } from './misp-modules.controller';

/** Served at the root of the API port (no `/api/v1`), where MISP expects a misp-modules server. */
@Module({ imports: [RunsModule, QueueModule, SettingsModule, ModulesModule], controllers: [MispModulesController] })
export class MispModulesModule {}
