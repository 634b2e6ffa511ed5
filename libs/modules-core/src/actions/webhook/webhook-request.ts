import { php } from '@misp-wf/engine';
import {
  fail,
  HttpRequestError,
  ok,
  SDK_VERSION,
  type FailureCause,
  type HttpRequest,
  type HttpResponse,
  type ModuleContext,
  type ModuleResult,
} from '@misp-wf/sdk';
import { phpHttpBuildQuery } from './php-form-encoding';

export type WebhookContentType = 'json' | 'form';
export type WebhookMethod = 'post' | 'get' | 'put' | 'delete';

/** One call as MISP's `Module_webhook::doRequest` makes it. */
export type WebhookCall = {
  url: string;
  /** Anything but `form` is sent as JSON, as MISP does. */
  contentType: string;
  payload: unknown;
  headers?: Record<string, string>;
  method?: string;
  allowSelfSigned?: boolean;
};

/** MISP sends `MISP <version> - #<commit>`; the platform names itself with the same leading word (decision 0015). */
export const USER_AGENT = `MISP Workflow Platform ${SDK_VERSION}`;

export const ARBITRARY_URLS_OFF = '`Security.rest_client_enable_arbitrary_urls` is turned off';

const METHODS: Record<WebhookMethod, NonNullable<HttpRequest['method']>> = { post: 'POST', get: 'GET', put: 'PUT', delete: 'DELETE' };

/** `webhook`, `ms-teams-webhook` and `splunk-hec-export` refuse to run while arbitrary URLs are off (spec §9.3). */
export function arbitraryUrlsAllowed(ctx: Pick<ModuleContext, 'settings'>): boolean {
  return !php.phpEmpty(ctx.settings.get('Security.rest_client_enable_arbitrary_urls'));
}

/**
 * The HTTP request MISP would send: `Accept` and `Content-Type` JSON and the `User-Agent`, then the user's
 * headers (replacing a default of the same name, compared without case), and for a form the form content type
 * last. JSON bodies are the JSON encoding of the payload; a form payload that is a string goes as it is, a
 * structure through `http_build_query`. GET sends no body.
 */
export function toHttpRequest(call: WebhookCall): HttpRequest {
  const method = METHODS[(call.method ?? 'post') as WebhookMethod];
  if (!method) throw new UnsupportedMethodError(call.method ?? '');
  const form = call.contentType === 'form';
  const headers = new Map<string, [string, string]>();
  const put = (name: string, value: string) => headers.set(name.toLowerCase(), [name, value]);
  put('Accept', 'application/json');
  put('Content-Type', 'application/json');
  put('User-Agent', USER_AGENT);
  for (const [name, value] of Object.entries(call.headers ?? {})) put(name, value);
  if (form) put('Content-Type', 'application/x-www-form-urlencoded');
  const request: HttpRequest = { url: call.url, method, headers: Object.fromEntries([...headers.values()]) };
  if (call.allowSelfSigned) request.allowSelfSigned = true;
  if (method !== 'GET') request.body = form ? formBody(call.payload) : JSON.stringify(call.payload);
  return request;
}

/** Sends one call and turns the answer into MISP's outcome and messages. */
export async function sendWebhook(ctx: Pick<ModuleContext, 'http'>, call: WebhookCall): Promise<ModuleResult> {
  let response: HttpResponse;
  try {
    response = await ctx.http.request(toHttpRequest(call));
  } catch (error) {
    return requestFailure(error);
  }
  return answerOutcome(response);
}

/** 2xx is success; 401/403 and other statuses fail with MISP's messages. */
export function answerOutcome(response: HttpResponse): ModuleResult {
  if (response.status >= 200 && response.status < 300) return ok();
  if (response.status === 401 || response.status === 403) return fail('Authentication failed.', { cause: 'credential-invalid' });
  return fail(`Something went wrong with the request or the remote side is having issues. Body returned: ${response.body}`, {
    cause: causeForStatus(response.status),
  });
}

/** A transport error is MISP's `SocketException`; anything else is its generic exception message. */
export function requestFailure(error: unknown): ModuleResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof HttpRequestError) {
    return fail(`Something went wrong while sending the request. Error returned: ${message}`, {
      cause: error.kind === 'url-not-allowed' ? 'configuration-invalid' : 'temporarily-unavailable',
    });
  }
  return fail(`Something went wrong. Error returned: ${message}`, { cause: 'configuration-invalid' });
}

export function causeForStatus(status: number): FailureCause {
  if (status === 401 || status === 403) return 'credential-invalid';
  if (status === 429) return 'rate-limited';
  if (status === 404) return 'not-found';
  return status >= 500 ? 'temporarily-unavailable' : 'configuration-invalid';
}

export class UnsupportedMethodError extends Error {
  constructor(method: string) {
    super(`Unsupported request method "${method}"`);
    this.name = 'UnsupportedMethodError';
  }
}

function formBody(payload: unknown): string {
  return typeof payload === 'string' ? payload : phpHttpBuildQuery(payload);
}
