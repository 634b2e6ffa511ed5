import { HttpRequestError, type EnrichmentClient } from '@misp-wf/sdk';
import { boundedRequest, formatMs, TransportFailure, type BoundedResponse } from '../transport/bounded-request';
import type { DispatcherPool } from '../transport/dispatcher-pool';

/** From `Plugin.Enrichment_services_enable`, `_url`, `_port` and `Plugin.Enrichment_timeout` (seconds in MISP). */
export type EnrichmentConfig = { enabled: boolean; url: string; port: string | number; timeoutMs: number };

export type EnrichmentClientOptions = {
  config: EnrichmentConfig;
  dispatchers: DispatcherPool;
  signal: AbortSignal;
  maxResponseBytes?: number;
};

const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The service's base URL as MISP builds it: `<url>:<port>` (misp-modules-protocol §3). */
export function enrichmentBaseUrl(config: Pick<EnrichmentConfig, 'url' | 'port'>): string {
  const url = config.url.replace(/\/+$/, '');
  return config.port === '' ? url : `${url}:${config.port}`;
}

/**
 * `ctx.enrichment`: queries a module of the misp-modules enrichment service. MISP's answer shape comes
 * back as is, `{"error": …}` included (the module decides what an error means); no answer, a non-2xx
 * status or a body that is not a JSON object throws an `HttpRequestError`.
 */
export class EnrichmentServiceClient implements EnrichmentClient {
  constructor(private readonly opts: EnrichmentClientOptions) {}

  readonly query = async (module: string, request: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const { config } = this.opts;
    if (typeof module !== 'string' || module === '') throw new Error('enrichment.query needs the name of a misp-modules module');
    if (!config.enabled) {
      throw new HttpRequestError('The enrichment service is disabled: turn on Plugin.Enrichment_services_enable', 'url-not-allowed');
    }
    const base = enrichmentBaseUrl(config);
    let res: BoundedResponse;
    try {
      res = await boundedRequest({
        url: `${base}/query`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        // The named module wins over a `module` key in the request.
        body: JSON.stringify({ ...request, module }),
        timeoutMs: config.timeoutMs,
        maxBytes: this.opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        signal: this.opts.signal,
        dispatcher: this.opts.dispatchers.get({ verifyTls: true }),
      });
    } catch (error) {
      throw transportError(error as TransportFailure, base, module, config.timeoutMs);
    }
    if (res.status < 200 || res.status >= 300) {
      throw new HttpRequestError(`The enrichment service at ${base} answered HTTP ${res.status} to the query for module ${module}`, 'network');
    }
    const decoded = decode(res.body);
    if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
      throw new HttpRequestError(`The enrichment service at ${base} answered the query for module ${module} with something that is not a JSON object: ${res.body.slice(0, 100)}`, 'network');
    }
    return decoded as Record<string, unknown>;
  };
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function transportError(failure: TransportFailure, base: string, module: string, timeoutMs: number): HttpRequestError {
  switch (failure.kind) {
    case 'timeout':
      return new HttpRequestError(`The enrichment service at ${base} did not answer the query for module ${module} within ${formatMs(timeoutMs)} (Plugin.Enrichment_timeout)`, 'timeout');
    case 'too-large':
      return new HttpRequestError(`The enrichment service's answer for module ${module} was refused: ${failure.message}`, 'too-large');
    case 'aborted':
      return new HttpRequestError(`The query for enrichment module ${module} was cancelled`, 'aborted');
    case 'network':
      return new HttpRequestError(`Could not reach the enrichment service at ${base}: ${failure.message}`, 'network');
  }
}
