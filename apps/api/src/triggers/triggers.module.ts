import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { TriggersController } from './triggers.controller';

@Module({ imports: [TypeOrmModule.forFeature([WorkflowEntity]), SettingsModule], controllers: [TriggersController] })
export class TriggersModule {}
