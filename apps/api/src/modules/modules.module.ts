import { Module } from '@nestjs/common';
import { ModuleCatalogService } from './module-catalog.service';

@Module({ providers: [ModuleCatalogService], exports: [ModuleCatalogService] })
export class ModulesModule {}
