import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module';
import { MailerService } from './mail/mailer.service';
import { ModuleCapabilitiesService } from './module-capabilities.service';
import { ModuleStoreEntryEntity } from './store/module-store-entry.entity';
import { ModuleStoreService } from './store/module-store.service';
import { ZmqPublisherService } from './zmq/zmq-publisher.service';

/** The capability bag SDK modules receive in `run(ctx)` (see README.md in this folder). */
@Module({
  imports: [TypeOrmModule.forFeature([ModuleStoreEntryEntity]), SettingsModule],
  providers: [ModuleCapabilitiesService, ModuleStoreService, ZmqPublisherService, MailerService],
  exports: [ModuleCapabilitiesService, ModuleStoreService, ZmqPublisherService, MailerService],
})
export class CapabilitiesModule {}
