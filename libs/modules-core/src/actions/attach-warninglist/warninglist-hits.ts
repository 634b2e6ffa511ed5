import { php } from '@misp-wf/engine';
import type { MispClient } from '@misp-wf/sdk';
import { isRecord, recordValues, textField, type JsonRecord } from '../../shared/roaming-records';

/** One entry of an attribute's `warnings`, in MISP's `checkForWarning` shape. */
export type Warning = { value: string; match: string; warninglist_id: string; warninglist_name: string; warninglist_category: string };

type Hit = { id: string; name: string; matched: string };
type ListInfo = { category: string; types: string[] };

/** The values MISP checks for an attribute: both halves of a composite (`domain|ip`) value. */
export function checkedValues(attribute: JsonRecord): string[] {
  const value = textField(attribute, 'value');
  const parts = textField(attribute, 'type').includes('|') ? value.split('|') : [value];
  return parts.filter((part) => part !== '');
}

/**
 * Looks the values up in MISP's enabled warninglists: `POST /warninglists/checkValue` for the hits, then
 * `GET /warninglists/view/{id}` once per hit list for what checkValue leaves out (category, attribute types).
 */
export async function warninglistLookup(misp: MispClient, values: readonly string[]) {
  const answer = values.length === 0 ? [] : await misp.request({ method: 'POST', path: '/warninglists/checkValue', body: [...new Set(values)] });
  const hits = new Map<string, Hit[]>();
  if (isRecord(answer)) {
    for (const [value, rows] of Object.entries(answer)) {
      hits.set(value, recordValues(rows).map((row) => ({ id: textField(row, 'id'), name: textField(row, 'name'), matched: textField(row, 'matched') || value })));
    }
  }
  const lists = new Map<string, ListInfo>();
  for (const id of new Set([...hits.values()].flat().map((hit) => hit.id))) lists.set(id, await listInfo(misp, id));
  return { hits, lists };
}

/** The warnings of one attribute: hits of the selected lists (`ALL` = every enabled one) that apply to its type. */
export function warningsFor(args: { attribute: JsonRecord; selected: readonly string[]; lookup: Awaited<ReturnType<typeof warninglistLookup>> }): Warning[] {
  const { attribute, selected, lookup } = args;
  const type = textField(attribute, 'type');
  const all = selected.includes('ALL');
  const warnings: Warning[] = [];
  for (const value of checkedValues(attribute)) {
    for (const hit of lookup.hits.get(value) ?? []) {
      const list = lookup.lists.get(hit.id);
      if (!all && !selected.includes(hit.name)) continue;
      if (list && list.types.length > 0 && !list.types.includes(type) && !list.types.includes('ALL')) continue;
      warnings.push({ value, match: hit.matched, warninglist_id: hit.id, warninglist_name: hit.name, warninglist_category: list?.category ?? '' });
    }
  }
  return warnings;
}

async function listInfo(misp: MispClient, id: string): Promise<ListInfo> {
  const view = await misp.request({ method: 'GET', path: `/warninglists/view/${id}` });
  const list = isRecord(view) && isRecord(view['Warninglist']) ? view['Warninglist'] : {};
  const types = recordValues(list['WarninglistType']).map((t) => textField(t, 'type'));
  return { category: textField(list, 'category'), types: types.filter((t) => !php.phpEmpty(t)) };
}
