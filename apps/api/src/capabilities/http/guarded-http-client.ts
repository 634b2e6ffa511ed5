import { HttpRequestError, type HttpClient, type HttpRequest, type HttpResponse } from '@misp-wf/sdk';
import { boundedRequest, formatMs, isTlsFailure, TransportFailure } from '../transport/bounded-request';
import type { DispatcherPool } from '../transport/dispatcher-pool';

export type HttpGuard = {
  /** `Security.rest_client_enable_arbitrary_urls`. */
  arbitraryUrls: boolean;
  /** Origins reachable while arbitrary URLs are off (see `allowedOrigins`). */
  allowedOrigins: readonly string[];
};

export type GuardedHttpClientOptions = {
  guard: HttpGuard;
  dispatchers: DispatcherPool;
  signal: AbortSignal;
  defaultTimeoutMs?: number;
  maxResponseBytes?: number;
};

export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * `ctx.http`: outbound HTTP for modules (webhooks, Teams, Splunk, Telegram). Any status is an answer;
 * only "no answer" throws, as an `HttpRequestError` with its kind. Messages name the origin only, since
 * paths and queries often carry tokens (Telegram's bot token is in the path).
 */
export class GuardedHttpClient implements HttpClient {
  constructor(private readonly opts: GuardedHttpClientOptions) {}

  readonly request = async (req: HttpRequest): Promise<HttpResponse> => {
    const url = this.check(req.url);
    const timeoutMs = req.timeoutMs !== undefined && Number.isFinite(req.timeoutMs) && req.timeoutMs > 0 ? req.timeoutMs : (this.opts.defaultTimeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS);
    const maxBytes = this.opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    try {
      return await boundedRequest({
        url: url.href,
        method: req.method ?? 'GET',
        headers: req.headers,
        body: req.body,
        timeoutMs,
        maxBytes,
        signal: this.opts.signal,
        dispatcher: this.opts.dispatchers.get({ verifyTls: req.allowSelfSigned !== true }),
      });
    } catch (error) {
      throw toHttpError(error as TransportFailure, url.origin, timeoutMs);
    }
  };

  private check(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new HttpRequestError(`Invalid URL: ${JSON.stringify(String(raw).slice(0, 200))}`, 'url-not-allowed');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new HttpRequestError(`Only http and https URLs can be requested, not ${url.protocol}`, 'url-not-allowed');
    }
    const { guard } = this.opts;
    if (!guard.arbitraryUrls && !guard.allowedOrigins.includes(url.origin)) {
      throw new HttpRequestError(
        `\`Security.rest_client_enable_arbitrary_urls\` is turned off: ${url.origin} is not one of the configured services (${guard.allowedOrigins.join(', ')})`,
        'url-not-allowed',
      );
    }
    return url;
  }
}

function toHttpError(failure: TransportFailure, origin: string, timeoutMs: number): HttpRequestError {
  switch (failure.kind) {
    case 'timeout':
      return new HttpRequestError(`No answer from ${origin} within ${formatMs(timeoutMs)}`, 'timeout');
    case 'too-large':
      return new HttpRequestError(`The answer from ${origin} was refused: ${failure.message}`, 'too-large');
    case 'aborted':
      return new HttpRequestError(`The request to ${origin} was cancelled`, 'aborted');
    case 'network': {
      const hint = isTlsFailure(failure) ? ' (the certificate is not trusted; a module may allow self-signed certificates)' : '';
      return new HttpRequestError(`Could not reach ${origin}: ${failure.message}${hint}`, 'network');
    }
  }
}
