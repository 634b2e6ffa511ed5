import { SEED_EVENT } from './misp-defaults.fixture';
import { createMispSimulator } from './misp-simulator.server';
import type {
  MispSimulator,
  MispSimulatorOptions,
} from './misp-simulator.types';

export const KEY = 'test-api-key-0123456789';
export const EVENT_UUID = '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e01';
export const ATTRIBUTE_UUID = '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e11';
export const OBJECT_ATTRIBUTE_UUID = '5f0b9c1e-8a3e-4c1f-9d61-0c2f2a1b7e32';

export type ErrorBody = { name: string; message: string; url: string };
export type SaveBody = {
  saved: boolean;
  success?: boolean;
  name: string;
  message: string;
  url: string;
  errors?: unknown;
};
export type Reply<T> = { status: number; body: T; headers: Headers };

export function startSimulator(
  options: Partial<MispSimulatorOptions> = {},
): Promise<MispSimulator> {
  return createMispSimulator({ apiKey: KEY, events: [SEED_EVENT], ...options });
}

/** A request as the platform's MISP client sends it: API key, JSON in and out. */
export async function call<T>(
  sim: MispSimulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      Authorization: KEY,
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed: unknown = res.headers.get('content-type')?.includes('json')
    ? JSON.parse(text)
    : text;
  return { status: res.status, body: parsed as T, headers: res.headers };
}
