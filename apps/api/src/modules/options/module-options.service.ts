import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { MispRestClient } from '../../capabilities/misp/misp-rest-client';
import { enrichmentBaseUrl } from '../../capabilities/enrichment/enrichment-service-client';
import { SettingsSnapshot } from '../../capabilities/settings-snapshot';
import { DispatcherPool } from '../../capabilities/transport/dispatcher-pool';
import { ApiError } from '../../common/errors/api-error';
import { SettingsService } from '../../settings/settings.service';
import { fetchEnrichmentModules } from './enrichment-module-list';
import { OptionListCache, type CacheRead } from './option-list-cache';
import { prepareOptions, searchOptions, type OptionItem, type PreparedOptions } from './option-search';
import { OPTION_SOURCE_NAMES, OPTION_SOURCES, type OptionSource, type SourceClients } from './option-sources';

/** `GET /modules/options/:source`: the matching options, how many match in all, and why the list may be empty or old. */
export type OptionsAnswer = { data: OptionItem[]; total: number; source: string; warning?: string };

// Typing in a picker must not reach MISP on every keystroke; a minute old list is fresh enough for an editor.
const LIST_TTL_MS = 60_000;
const FAILURE_TTL_MS = 5_000;
// MISP.request_timeout may be long for actions; someone is waiting on the picker.
const MAX_WAIT_MS = 10_000;

/**
 * Resolves the option lists of built-in module pickers (`optionsSource`) from MISP and the enrichment
 * service, through the same REST client modules use. Each list is loaded once per minute per MISP
 * connection and searched in memory (decision 0024). A list that cannot be loaded is an empty answer with a
 * `warning`, never an error: the picker still takes typed values.
 */
@Injectable()
export class ModuleOptionsService implements OnModuleDestroy {
  private readonly logger = new Logger('module-options');
  private readonly dispatchers = new DispatcherPool();
  private readonly shutdown = new AbortController();
  private readonly cache = new OptionListCache<object>({ ttlMs: LIST_TTL_MS, failureTtlMs: FAILURE_TTL_MS, maxEntries: 64 });
  // Sorted and lower-cased once per loaded list and source, then reused by every search until the list is reloaded.
  private readonly prepared = new WeakMap<object, Map<string, PreparedOptions>>();

  constructor(private readonly settings: SettingsService) {}

  async search(sourceName: string, query: { search: string; limit: number }): Promise<OptionsAnswer> {
    const source = OPTION_SOURCES[sourceName];
    if (!source) {
      throw new ApiError('not_found', `Unknown option source "${sourceName}"`, { known: OPTION_SOURCE_NAMES });
    }
    const read = await this.load(source);
    const answer: OptionsAnswer = { data: [], total: 0, source: sourceName };
    if (read.value !== undefined) Object.assign(answer, searchOptions(this.prepare(sourceName, source, read.value), query.search, query.limit));
    const warning = warningFor(sourceName, source, read);
    if (warning) answer.warning = warning;
    return answer;
  }

  onModuleDestroy(): Promise<void> {
    this.shutdown.abort();
    return this.dispatchers.close();
  }

  private async load(source: OptionSource): Promise<CacheRead<object>> {
    const snapshot = await SettingsSnapshot.read(this.settings);
    const misp = snapshot.misp();
    const enrichment = snapshot.enrichment();
    const { signal } = this.shutdown;
    const clients: SourceClients = {
      // One attempt: a retry with backoff would keep the picker waiting; the next search tries again.
      misp: new MispRestClient({ connection: { ...misp, timeoutMs: Math.min(misp.timeoutMs, MAX_WAIT_MS) }, dispatchers: this.dispatchers, signal, retry: { maxAttempts: 1 } }),
      enrichmentModules: () => fetchEnrichmentModules({ config: enrichment, dispatchers: this.dispatchers, signal, timeoutMs: Math.min(enrichment.timeoutMs, MAX_WAIT_MS) }),
    };
    // Another MISP, key or enrichment server is another list: changing the settings never serves the old one.
    const identity =
      source.origin === 'MISP'
        ? `${misp.url}|${digest(misp.apiKey)}|${misp.verifyTls}`
        : `${enrichment.enabled}|${enrichmentBaseUrl(enrichment)}`;
    return this.cache.get(`${source.resource.id}|${identity}`, async () => {
      try {
        return await source.resource.fetch(clients);
      } catch (error) {
        this.logger.warn(`option list ${source.resource.id}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }

  private prepare(sourceName: string, source: OptionSource, loaded: object): PreparedOptions {
    let bySource = this.prepared.get(loaded);
    if (!bySource) this.prepared.set(loaded, (bySource = new Map()));
    let list = bySource.get(sourceName);
    if (!list) bySource.set(sourceName, (list = prepareOptions(source.toOptions(loaded))));
    return list;
  }
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}

function warningFor(sourceName: string, source: OptionSource, read: CacheRead<object>): string | undefined {
  if (!read.error) return undefined;
  if (read.value === undefined) return `The ${sourceName} list could not be loaded from ${source.origin}: ${read.error}`;
  const when = new Date(read.loadedAt ?? Date.now()).toISOString();
  return `Showing the ${sourceName} list loaded at ${when}: ${source.origin} could not be asked again (${read.error}).`;
}
