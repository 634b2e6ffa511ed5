import { isIP } from 'node:net';
import type { HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import type { MispWarninglist } from './misp-simulator.types';

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

// IPv4 CIDR containment is enough for tests; IPv6 entries match only exactly (documented in README).
function inCidr(value: string, entry: string): boolean {
  const [net, bitsText] = entry.split('/');
  if (isIP(value) !== 4 || isIP(net) !== 4)
    return value === entry || value === net;
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (ipv4ToInt(value) & mask) >>> 0 === (ipv4ToInt(net) & mask) >>> 0;
}

function matches(list: MispWarninglist, value: string, entry: string): boolean {
  const v = value.toLowerCase();
  const e = entry.toLowerCase();
  switch (list.type) {
    case 'cidr':
      return inCidr(value, entry);
    case 'hostname':
      return v === e || v.endsWith(`.${e}`);
    case 'substring':
      return v.includes(e);
    case 'regex':
      return new RegExp(entry).test(value);
    default:
      return v === e;
  }
}

function readValues(body: unknown): string[] {
  if (Array.isArray(body)) return body.map(String);
  if (typeof body === 'object' && body !== null && 'value' in body) {
    const value = (body as { value: unknown }).value;
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return typeof body === 'string' ? [body] : [];
}

type Hit = { id: string; name: string; matched: string };

/**
 * `POST /warninglists/checkValue`: hits keyed by value, only enabled lists. With no hits MISP answers with
 * an empty PHP array, which JSON-encodes as `[]`, not `{}`.
 */
export function checkWarninglistValues(ctx: RequestContext): HandlerResult {
  const hits: Record<string, Hit[]> = {};
  for (const value of readValues(ctx.body)) {
    for (const list of ctx.state.warninglists.filter((l) => l.enabled)) {
      const matched = list.entries.find((entry) => matches(list, value, entry));
      if (matched !== undefined)
        (hits[value] ??= []).push({ id: list.id, name: list.name, matched });
    }
  }
  return { body: Object.keys(hits).length === 0 ? [] : hits };
}
