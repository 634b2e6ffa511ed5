import type { HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import type { MispWarninglist } from './misp-simulator.types';
import { warninglistFields } from './misp-warninglist.handlers';

/*
 * `GET`/`POST /warninglists/index` (WarninglistsController::index as REST): every list, newest id first,
 * as `{"Warninglists": [{"Warninglist": {...}}]}` with the entry count and the matching attribute types
 * joined into `valid_attributes`. Filters as MISP's IndexFilter harvests them, from named params
 * (`/enabled:1`, `/value:dns`) or the JSON body: `enabled` and `value` (case-insensitive substring of
 * name or description, or the exact type).
 */

type Filters = { enabled?: string; value?: string };

function readFilters(ctx: RequestContext): Filters {
  const body =
    typeof ctx.body === 'object' &&
    ctx.body !== null &&
    !Array.isArray(ctx.body)
      ? (ctx.body as Record<string, unknown>)
      : {};
  const pick = (name: string): string | undefined => {
    const value = ctx.named[name] ?? body[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  return { enabled: pick('enabled'), value: pick('value') };
}

function isEnabledFilter(text: string): boolean {
  return text === '1' || text.toLowerCase() === 'true';
}

function matchesValue(list: MispWarninglist, value: string): boolean {
  const v = value.toLowerCase();
  return (
    list.name.toLowerCase().includes(v) ||
    (list.description ?? '').toLowerCase().includes(v) ||
    list.type === v
  );
}

function indexRow(list: MispWarninglist) {
  const types = list.matching_attributes?.length
    ? list.matching_attributes
    : ['ALL'];
  return {
    Warninglist: {
      ...warninglistFields(list),
      warninglist_entry_count: String(list.entries.length),
      valid_attributes: types.join(', '),
    },
  };
}

export function indexWarninglists(ctx: RequestContext): HandlerResult {
  const { enabled, value } = readFilters(ctx);
  const lists = ctx.state.warninglists
    .filter(
      (l) => enabled === undefined || l.enabled === isEnabledFilter(enabled),
    )
    .filter(
      (l) => value === undefined || value === '' || matchesValue(l, value),
    )
    .sort((a, b) => Number(b.id) - Number(a.id));
  return { body: { Warninglists: lists.map(indexRow) } };
}
