import { Module } from '@nestjs/common';
import { ReentryGuardService } from './reentry-guard.service';

/** Its own module so the hooks (which check) and the worker (which holds leases) share one instance. */
@Module({ providers: [ReentryGuardService], exports: [ReentryGuardService] })
export class ReentryGuardModule {}
