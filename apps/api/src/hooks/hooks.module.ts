import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { HooksController } from './hooks.controller';

@Module({ imports: [RunsModule], controllers: [HooksController] })
export class HooksModule {}
