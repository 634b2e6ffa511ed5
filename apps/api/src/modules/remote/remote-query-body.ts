import { extractData, itemsMatchingCondition, paramsWithValues, php, savedFilters, type RoamingRecord, type TemplateRenderer, type WalkNode } from '@misp-wf/engine';
import type { RemoteModuleSpec } from './remote-module-translation';

export type RemoteQueryBody = {
  module: string;
  data: RoamingRecord;
  filteredItems?: unknown;
  /** PHP's `json_encode` of an empty array: `[]`. */
  params: Record<string, unknown> | [];
  matchingData?: Record<string, unknown>;
};

/**
 * The `/query` body of `Module_misp_module::exec` (spec §12.4 steps 2–5). `null` when the node's filter
 * selector cannot be extracted: MISP then returns false without an error.
 */
export function buildRemoteQueryBody(args: { spec: RemoteModuleSpec; node: WalkNode; data: RoamingRecord; render?: TemplateRenderer }): RemoteQueryBody | null {
  const { spec, node, data, render } = args;
  let filteredItems: { filteredItems: unknown } | null = null;
  if (spec.manifest.support_filters) {
    const filters = savedFilters(node);
    const items = extractData(data, filters.selector);
    if (items === false) return null;
    const filtered = itemsMatchingCondition({ items, value: filters.value, operator: filters.operator, path: filters.path });
    // Nothing matched (which is also the case without a filter): MISP sends the whole data.
    filteredItems = { filteredItems: php.phpEmpty(filtered) ? data : filtered };
  }
  const declarations = spec.params.map((p) => ({ id: p.id, jinja_supported: p.jinja }));
  const resolved = paramsWithValues({ node, params: declarations, data, render });
  const values: Record<string, unknown> = {};
  for (const p of spec.params) values[p.id] = resolved[p.id]?.value ?? '';
  const matchingData: Record<string, unknown> = {};
  for (const p of spec.params.filter((x) => x.hashPath)) {
    const path = values[p.id];
    matchingData[p.label] = php.phpEmpty(path) ? data : extractData(data, path);
  }
  // Keys in MISP's order: module, data, filteredItems, params, matchingData.
  return {
    module: spec.name,
    data,
    ...filteredItems,
    params: Object.keys(values).length > 0 ? values : [],
    ...(Object.keys(matchingData).length > 0 ? { matchingData } : {}),
  };
}
