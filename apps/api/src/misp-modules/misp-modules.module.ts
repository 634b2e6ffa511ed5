import { Module } from '@nestjs/common';
import { HooksModule } from '../hooks/hooks.module';
import { ModulesModule } from '../modules/modules.module';
import { RunsModule } from '../runs/runs.module';
import { SettingsModule } from '../settings/settings.module';
import { MispModulesController } from './misp-modules.controller';

/** Served at the root of the API port (no `/api/v1`), where MISP expects a misp-modules server. */
@Module({ imports: [RunsModule, HooksModule, SettingsModule, ModulesModule], controllers: [MispModulesController] })
export class MispModulesModule {}
