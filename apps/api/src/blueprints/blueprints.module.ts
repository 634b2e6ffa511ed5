import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkflowsModule } from '../workflows/workflows.module';
import { BlueprintEntity } from './blueprint.entity';
import { BlueprintsController } from './blueprints.controller';
import { BlueprintsService } from './blueprints.service';

@Module({ imports: [TypeOrmModule.forFeature([BlueprintEntity]), WorkflowsModule], controllers: [BlueprintsController], providers: [BlueprintsService] })
export class BlueprintsModule {}
