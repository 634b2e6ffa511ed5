import type { SettingValue } from '@misp-wf/contracts';

export const ZMQ_DEFAULT_HOST = '127.0.0.1';
export const ZMQ_DEFAULT_PORT = 50000;

export type ZmqTarget = { enabled: false } | { enabled: true; endpoint: string };

/**
 * Where the publisher binds, from `Plugin.ZeroMQ_enable`, `Plugin.ZeroMQ_host` and `Plugin.ZeroMQ_port`. Like
 * MISP's pub/sub settings, an empty host or port falls back to its default. An IPv6 literal is bracketed.
 */
export function zmqTarget(get: (name: string) => SettingValue | undefined): ZmqTarget {
  if (get('Plugin.ZeroMQ_enable') !== true) return { enabled: false };
  const rawHost = String(get('Plugin.ZeroMQ_host') ?? '').trim();
  const host = rawHost === '' ? ZMQ_DEFAULT_HOST : rawHost;
  const port = Number(get('Plugin.ZeroMQ_port')) || ZMQ_DEFAULT_PORT;
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return { enabled: true, endpoint: `tcp://${bracketed}:${port}` };
}
