import type { ModuleSettings } from '@misp-wf/sdk';
import type { SettingsMap } from '@misp-wf/contracts';
import type { SettingsService } from '../settings/settings.service';
import type { MispConnection } from './misp/misp-rest-client';
import type { EnrichmentConfig } from './enrichment/enrichment-service-client';
import { allowedOrigins } from './http/allowed-origins';
import type { HttpGuard } from './http/guarded-http-client';

/**
 * The settings one node execution sees, read once before it runs: a module reads a consistent set even if an
 * admin changes one meanwhile, and `settings.get` can be synchronous. Sensitive values (the MISP key) are
 * kept apart and never reach `ctx.settings`.
 */
export class SettingsSnapshot {
  private constructor(
    private readonly values: SettingsMap,
    private readonly mispApiKey: string,
  ) {}

  static async read(settings: SettingsService): Promise<SettingsSnapshot> {
    const [values, key] = await Promise.all([settings.getMap(), settings.get('MISP.api_key')]);
    return new SettingsSnapshot(values, typeof key === 'string' ? key : '');
  }

  /** `getMap` hides sensitive settings as null; modules get undefined for them, as for unknown names. */
  readonly get = (name: string): string | number | boolean | undefined => this.values[name] ?? undefined;

  forModules(): ModuleSettings {
    return { get: this.get };
  }

  misp(): MispConnection {
    return {
      url: this.string('MISP.url'),
      apiKey: this.mispApiKey,
      verifyTls: this.get('MISP.verify_tls') !== false,
      timeoutMs: this.seconds('MISP.request_timeout', 30),
    };
  }

  httpGuard(): HttpGuard {
    return { arbitraryUrls: this.get('Security.rest_client_enable_arbitrary_urls') === true, allowedOrigins: allowedOrigins(this.get) };
  }

  enrichment(): EnrichmentConfig {
    const port = this.get('Plugin.Enrichment_services_port');
    return {
      enabled: this.get('Plugin.Enrichment_services_enable') === true,
      // MISP falls back to the declared defaults when the url or port is empty (spec §9.2).
      url: this.string('Plugin.Enrichment_services_url') || 'http://127.0.0.1',
      port: port === undefined || port === '' ? 6666 : String(port),
      timeoutMs: this.seconds('Plugin.Enrichment_timeout', 10),
    };
  }

  private string(name: string): string {
    const value = this.get(name);
    return typeof value === 'string' ? value : '';
  }

  private seconds(name: string, fallback: number): number {
    const value = Number(this.get(name));
    return (Number.isFinite(value) && value > 0 ? value : fallback) * 1000;
  }
}
