import { E2E } from './e2e-env';

/** Direct API calls, to check what the UI did from outside the browser. */
export async function apiGet<T>(path: string, key = E2E.adminKey): Promise<T> {
  const res = await fetch(`${E2E.apiUrl}/api/v1${path}`, { headers: { authorization: key } });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}`);
  return (await res.json()) as T;
}

export async function apiSend<T>(method: string, path: string, body: unknown, key = E2E.adminKey): Promise<T> {
  const res = await fetch(`${E2E.apiUrl}/api/v1${path}`, {
    method,
    headers: { authorization: key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
