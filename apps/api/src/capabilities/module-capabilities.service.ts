import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { CapabilityProvider, NodeCapabilities } from '../modules/engine-module.adapter';
import { SettingsService } from '../settings/settings.service';
import { EnrichmentServiceClient } from './enrichment/enrichment-service-client';
import { GuardedHttpClient } from './http/guarded-http-client';
import { moduleLogger } from './logging/module-logger';
import { MailerService } from './mail/mailer.service';
import { MispRestClient } from './misp/misp-rest-client';
import { SettingsSnapshot } from './settings-snapshot';
import { ModuleStoreService } from './store/module-store.service';
import { renderTemplate } from './templates/template-renderer';
import { DispatcherPool } from './transport/dispatcher-pool';
import { ZmqPublisherService } from './zmq/zmq-publisher.service';

/**
 * What a module's `run(ctx)` may use besides its params and data, built for each node execution: the
 * settings are read once, then the MISP client, outbound HTTP and the enrichment client are configured
 * from that snapshot and bound to the run's signal. Connection pools, the ZeroMQ socket and the SMTP
 * transport are shared.
 */
@Injectable()
export class ModuleCapabilitiesService implements OnModuleDestroy {
  private readonly dispatchers = new DispatcherPool();

  constructor(
    private readonly settings: SettingsService,
    private readonly store: ModuleStoreService,
    private readonly zmq: ZmqPublisherService,
    private readonly mailer: MailerService,
  ) {}

  readonly provider: CapabilityProvider = async ({ moduleId, nodeId, signal }): Promise<NodeCapabilities> => {
    const snapshot = await SettingsSnapshot.read(this.settings);
    const { dispatchers } = this;
    return {
      misp: new MispRestClient({ connection: snapshot.misp(), dispatchers, signal }),
      http: new GuardedHttpClient({ guard: snapshot.httpGuard(), dispatchers, signal }),
      templates: { render: renderTemplate },
      settings: snapshot.forModules(),
      zmq: { publish: (topic, message) => this.zmq.publish(topic, message) },
      mail: { send: (message) => this.mailer.send(message) },
      enrichment: new EnrichmentServiceClient({ config: snapshot.enrichment(), dispatchers, signal }),
      log: moduleLogger(moduleId, nodeId),
      store: this.store.forModule(moduleId),
    };
  };

  async onModuleDestroy(): Promise<void> {
    await this.dispatchers.close();
  }
}
