import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { ModuleRegistryService } from './module-registry.service';
import { ModuleStateEntity } from './module-state.entity';
import { ModulesController } from './modules.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ModuleStateEntity]), SettingsModule],
  controllers: [ModulesController],
  providers: [ModuleRegistryService],
  exports: [ModuleRegistryService],
})
export class ModulesModule {}
