import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { ExecutionRetentionService } from './execution-retention.service';
import { ExecutionEntity } from './execution.entity';
import { ExecutionsController } from './executions.controller';
import { ExecutionsService } from './executions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ExecutionEntity]), SettingsModule],
  controllers: [ExecutionsController],
  providers: [ExecutionsService, ExecutionRetentionService],
  exports: [ExecutionsService, ExecutionRetentionService],
})
export class ExecutionsModule {}
