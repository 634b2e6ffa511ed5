import { isIP } from 'node:net';
import { notFound, type HandlerResult } from './misp-http.util';
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

/** MISP saves `ALL` as the only type of a list that names no matching attribute types. */
function typesOf(list: MispWarninglist): string[] {
  return list.matching_attributes?.length ? list.matching_attributes : ['ALL'];
}

/** The id the first row of `rows(list)` gets: rows are numbered across lists, like an auto-increment. */
function firstRowId(
  lists: MispWarninglist[],
  index: number,
  rows: (list: MispWarninglist) => unknown[],
): number {
  return lists.slice(0, index).reduce((n, l) => n + rows(l).length, 0) + 1;
}

/**
 * `GET /warninglists/view/{id}` as REST: the list's own columns with its entries and matching attribute
 * types nested inside `Warninglist` (WarninglistsController::view moves them there). Only numeric ids.
 */
/** The `Warninglist` columns MISP returns in both the index and the view, with its defaults. */
export function warninglistFields(list: MispWarninglist) {
  return {
    id: list.id,
    name: list.name,
    type: list.type,
    description: list.description ?? '',
    version: list.version ?? '1',
    enabled: list.enabled,
    default: list.default ?? true,
    category: list.category ?? 'false_positive',
  };
}

export function viewWarninglist(ctx: RequestContext): HandlerResult {
  const id = ctx.params[0] ?? '';
  if (!/^\d+$/.test(id)) throw notFound('Invalid ID.');
  const lists = ctx.state.warninglists;
  const index = lists.findIndex((l) => l.id === id);
  if (index === -1) throw notFound('Warninglist not found.');
  const list = lists[index];
  const entryId = firstRowId(lists, index, (l) => l.entries);
  const typeId = firstRowId(lists, index, typesOf);
  return {
    body: {
      Warninglist: {
        ...warninglistFields(list),
        WarninglistEntry: list.entries.map((value, i) => ({
          id: String(entryId + i),
          value,
          warninglist_id: list.id,
          comment: list.comments?.[value] ?? null,
        })),
        WarninglistType: typesOf(list).map((type, i) => ({
          id: String(typeId + i),
          type,
          warninglist_id: list.id,
        })),
      },
    },
  };
}
