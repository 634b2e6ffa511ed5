import type { ErrorBody } from '@misp-wf/contracts';

const KEY_STORAGE = 'mwp.apiKey';

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

export function readApiKey(): string | null {
  if (typeof window === 'undefined') return null;
  return window.localStorage.getItem(KEY_STORAGE);
}

export function storeApiKey(key: string | null): void {
  if (key) window.localStorage.setItem(KEY_STORAGE, key);
  else window.localStorage.removeItem(KEY_STORAGE);
}

/** Same-origin call to the API (proxied by the editor's server); errors become `ApiClientError`. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; key?: string } = {}): Promise<T> {
  const key = init.key ?? readApiKey();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (key) headers['authorization'] = key;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (error) {
    throw new ApiClientError(0, 'network_error', `Cannot reach the API: ${String(error)}`);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const err = isErrorBody(json) ? json.error : { code: 'http_error', message: `HTTP ${response.status}` };
    throw new ApiClientError(response.status, err.code, err.message, 'details' in err ? err.details : undefined);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** One page of a list route (`GET /executions`, `/logs`, `/blueprints`, `/workflows`). */
export type { Page } from '@misp-wf/contracts';

/** `?a=1&b=x` from the defined, non-empty values (in the given order); `''` when there are none. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
