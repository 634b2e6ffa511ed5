import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { SettingsModule } from '../settings/settings.module';
import { ModuleRegistryService } from './module-registry.service';
import { ModuleStateEntity } from './module-state.entity';
import { ModulesController } from './modules.controller';
import { ModuleOptionsController } from './options/module-options.controller';
import { ModuleOptionsService } from './options/module-options.service';
import { MispModulesClient } from './remote/misp-modules.client';

@Module({
  imports: [TypeOrmModule.forFeature([ModuleStateEntity]), SettingsModule, CapabilitiesModule],
  controllers: [ModuleOptionsController, ModulesController],
  providers: [ModuleRegistryService, MispModulesClient, ModuleOptionsService],
  exports: [ModuleRegistryService, MispModulesClient],
})
export class ModulesModule {}
