import { MispApiError, type FailureCause, type MispClient, type MispRequest } from '@misp-wf/sdk';
import { boundedRequest, formatMs, isTlsFailure, TransportFailure, type BoundedResponse } from '../transport/bounded-request';
import type { DispatcherPool } from '../transport/dispatcher-pool';
import { mispErrorText, parseBody } from './misp-error-body';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, sleep, type RetryPolicy } from './retry-policy';

/** Where and how to reach MISP, from the settings `MISP.url`, `MISP.api_key`, `MISP.verify_tls`, `MISP.request_timeout`. */
export type MispConnection = { url: string; apiKey: string; verifyTls: boolean; timeoutMs: number };

export type MispRestClientOptions = {
  connection: MispConnection;
  dispatchers: DispatcherPool;
  /** The run's signal: cancels the call in flight and any wait between attempts. */
  signal: AbortSignal;
  retry?: Partial<RetryPolicy>;
  /** Full events with attachments can be large; beyond this the answer is refused rather than buffered. */
  maxResponseBytes?: number;
};

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const AUTH_FAILED_PREFIX = 'Authentication failed';

type Attempt = { kind: 'done'; value: unknown } | { kind: 'retry'; error: MispApiError; waitMs?: number } | { kind: 'fail'; error: MispApiError };

/**
 * The MISP REST client modules get as `ctx.misp` (integration.md §5): JSON in and out with MISP's API-key
 * header, one deadline per attempt, bounded retries with backoff on 429, 5xx and unanswered calls, and
 * errors that say what to fix. Every failure is a `MispApiError`.
 */
export class MispRestClient implements MispClient {
  private readonly policy: RetryPolicy;

  constructor(private readonly opts: MispRestClientOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  }

  // An arrow property so `const { request } = ctx.misp` keeps working.
  readonly request = async <T = unknown>(req: MispRequest): Promise<T> => {
    const target = this.target(req);
    const label = `${req.method} ${req.path}`;
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(req, target, label);
      if (result.kind === 'done') return result.value as T;
      if (result.kind === 'fail') throw result.error;
      if (attempt >= this.policy.maxAttempts) throw withAttempts(result.error, attempt);
      const waitMs = result.waitMs ?? backoffDelay(this.policy, attempt);
      if (waitMs > this.policy.maxRetryAfterMs) {
        throw new MispApiError(`${result.error.message}; MISP asked to retry after ${formatMs(waitMs)}, longer than the platform waits`, result.error.status, result.error.failureCause, result.error.body);
      }
      try {
        await sleep(waitMs, this.opts.signal);
      } catch {
        throw cancelled(label);
      }
    }
  };

  private target(req: MispRequest): string {
    const { url, apiKey } = this.opts.connection;
    const missing = [url ? null : 'MISP.url', apiKey ? null : 'MISP.api_key'].filter(Boolean);
    if (missing.length > 0) {
      throw new MispApiError(`MISP is not configured: set ${missing.join(' and ')} (or the MISP_URL / MISP_API_KEY environment variables)`, null, 'configuration-invalid');
    }
    if (typeof req.path !== 'string' || !req.path.startsWith('/')) {
      throw new MispApiError(`A MISP path must start with "/", got ${JSON.stringify(req.path)}`, null, 'module-defect');
    }
    const base = url.replace(/\/+$/, '');
    const full = `${base}${req.path}`;
    // `base + path` must stay on MISP's origin whatever the path holds.
    if (new URL(full).origin !== new URL(base).origin) {
      throw new MispApiError(`The MISP path ${JSON.stringify(req.path)} leaves the MISP instance`, null, 'module-defect');
    }
    return full;
  }

  private async attempt(req: MispRequest, target: string, label: string): Promise<Attempt> {
    const { connection, dispatchers, signal } = this.opts;
    let res: BoundedResponse;
    try {
      res = await boundedRequest({
        url: target,
        method: req.method,
        headers: { Authorization: connection.apiKey, Accept: 'application/json', 'Content-Type': 'application/json' },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        timeoutMs: connection.timeoutMs,
        maxBytes: this.opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        signal,
        dispatcher: dispatchers.get({ verifyTls: connection.verifyTls }),
      });
    } catch (error) {
      return fromTransportFailure(error as TransportFailure, label, connection);
    }
    return fromResponse(res, label);
  }
}

function fromTransportFailure(failure: TransportFailure, label: string, connection: MispConnection): Attempt {
  switch (failure.kind) {
    case 'aborted':
      return { kind: 'fail', error: cancelled(label) };
    case 'too-large':
      return { kind: 'fail', error: new MispApiError(`MISP's answer to ${label} is too large: ${failure.message}`, null, 'configuration-invalid') };
    case 'timeout':
      return { kind: 'retry', error: new MispApiError(`MISP did not answer ${label} within ${formatMs(connection.timeoutMs)} (MISP.request_timeout)`, null, 'temporarily-unavailable') };
    case 'network':
      if (isTlsFailure(failure)) {
        // A certificate problem does not go away by retrying.
        return {
          kind: 'fail',
          error: new MispApiError(`MISP's TLS certificate was refused (${failure.message}): use a certificate the platform trusts, or turn off MISP.verify_tls`, null, 'configuration-invalid'),
        };
      }
      return { kind: 'retry', error: new MispApiError(`Could not reach MISP at ${connection.url} for ${label}: ${failure.message}`, null, 'temporarily-unavailable') };
  }
}

function fromResponse(res: BoundedResponse, label: string): Attempt {
  const body = parseBody(res.body);
  const { status } = res;
  if (status >= 200 && status < 300) {
    if (typeof body === 'string') {
      return { kind: 'fail', error: new MispApiError(`MISP answered ${label} with something that is not JSON (is MISP.url the MISP instance?)`, status, 'configuration-invalid', body) };
    }
    return { kind: 'done', value: body };
  }
  const said = mispErrorText(body);
  const suffix = said ? `: ${said}` : '';
  const error = (message: string, cause: FailureCause) => new MispApiError(message, status, cause, body);
  if (status >= 300 && status < 400) {
    const location = res.headers['location'] ?? 'elsewhere';
    return { kind: 'fail', error: error(`MISP redirected ${label} to ${location} (${status}): it did not treat the call as an API call; check MISP.url`, 'configuration-invalid') };
  }
  if (status === 401) return { kind: 'fail', error: error(`MISP rejected the API key (401) for ${label}: check MISP.api_key${suffix}`, 'credential-invalid') };
  if (status === 403) {
    const cause = said.startsWith(AUTH_FAILED_PREFIX) ? 'credential-invalid' : 'configuration-invalid';
    return { kind: 'fail', error: error(`MISP refused ${label} (403)${suffix}`, cause) };
  }
  if (status === 404) return { kind: 'fail', error: error(`MISP could not find ${label} (404)${suffix}`, 'not-found') };
  if (status === 429) {
    return { kind: 'retry', error: error(`MISP is rate limiting the platform (429) on ${label}${suffix}`, 'rate-limited'), waitMs: parseRetryAfter(res.headers['retry-after']) };
  }
  if (status >= 500) {
    return { kind: 'retry', error: error(`MISP is temporarily unavailable (${status}) for ${label}${suffix}`, 'temporarily-unavailable'), waitMs: parseRetryAfter(res.headers['retry-after']) };
  }
  return { kind: 'fail', error: error(`MISP refused ${label} (${status})${suffix}`, 'configuration-invalid') };
}

function withAttempts(error: MispApiError, attempts: number): MispApiError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  return new MispApiError(`${error.message} (gave up after ${tries})`, error.status, error.failureCause, error.body);
}

function cancelled(label: string): MispApiError {
  return new MispApiError(`The MISP call ${label} was cancelled`, null, 'temporarily-unavailable');
}
