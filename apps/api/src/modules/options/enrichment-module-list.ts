import { enrichmentBaseUrl, type EnrichmentConfig } from '../../capabilities/enrichment/enrichment-service-client';
import { boundedRequest, formatMs, type BoundedResponse, type TransportFailure } from '../../capabilities/transport/bounded-request';
import type { DispatcherPool } from '../../capabilities/transport/dispatcher-pool';

const MAX_LIST_BYTES = 8 * 1024 * 1024;

/**
 * misp-modules' `GET /modules` on the Enrichment service (`Plugin.Enrichment_services_*`, the server
 * `ctx.enrichment` queries), decoded. Tornado labels its JSON `text/html`, so the body is parsed whatever
 * the content type says.
 */
export async function fetchEnrichmentModules(args: { config: EnrichmentConfig; dispatchers: DispatcherPool; signal: AbortSignal; timeoutMs: number }): Promise<unknown> {
  const { config } = args;
  if (!config.enabled) throw new Error('the enrichment service is disabled: turn on Plugin.Enrichment_services_enable');
  const base = enrichmentBaseUrl(config);
  let res: BoundedResponse;
  try {
    res = await boundedRequest({
      url: `${base}/modules`,
      method: 'GET',
      headers: { Accept: 'application/json' },
      timeoutMs: args.timeoutMs,
      maxBytes: MAX_LIST_BYTES,
      signal: args.signal,
      dispatcher: args.dispatchers.get({ verifyTls: true }),
    });
  } catch (error) {
    const failure = error as TransportFailure;
    if (failure.kind === 'timeout') throw new Error(`the enrichment service at ${base} did not answer GET /modules within ${formatMs(args.timeoutMs)}`);
    throw new Error(`could not reach the enrichment service at ${base}: ${failure.message}`);
  }
  if (res.status < 200 || res.status > 299) throw new Error(`the enrichment service at ${base} answered HTTP ${res.status} to GET /modules`);
  try {
    return JSON.parse(res.body) as unknown;
  } catch {
    throw new Error(`the enrichment service at ${base} answered GET /modules with something that is not JSON`);
  }
}
