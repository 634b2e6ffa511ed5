import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapabilitiesModule } from '../capabilities/capabilities.module';
import { SettingsModule } from '../settings/settings.module';
import { ModuleRegistryService } from './module-registry.service';
import { ModuleStateEntity } from './module-state.entity';
import { ModulesController } from './modules.controller';
import { MispModulesClient } from './remote/misp-modules.client';

@Module({
  imports: [TypeOrmModule.forFeature([ModuleStateEntity]), SettingsModule, CapabilitiesModule],
  controllers: [ModulesController],
  providers: [ModuleRegistryService, MispModulesClient],
  exports: [ModuleRegistryService, MispModulesClient],
})
export class ModulesModule {}
