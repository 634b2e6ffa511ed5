import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import type { Parsed } from './parse-graph.types';
import type { ModuleType, NodeData } from './workflow-graph.types';

const MODULE_TYPES: readonly ModuleType[] = ['trigger', 'logic', 'action'];
const FILTER_FIELDS = ['selector', 'value', 'operator', 'path'] as const;

// `node.data`: only the fields a server algorithm reads are checked; the rest (module descriptor,
// versions, node_uid, ...) is kept as is.
export function parseNodeData({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<NodeData> {
  if (!isRecord(value))
    return {
      ok: false,
      errors: [`${path}: must be an object (got ${describeJson(value)})`],
    };
  const {
    id,
    module_type: moduleType,
    name,
    indexed_params: params,
    saved_filters: filters,
  } = value;
  const errors: string[] = [];
  if (typeof id !== 'string')
    errors.push(
      `${path}.id: must be the module id as a string, e.g. "tag-if" (got ${describeJson(id)})`,
    );
  const type = MODULE_TYPES.find((t) => t === moduleType);
  if (type === undefined)
    errors.push(
      `${path}.module_type: must be "trigger", "logic" or "action" (got ${describeJson(moduleType)})`,
    );
  if (name !== undefined && typeof name !== 'string')
    errors.push(`${path}.name: must be a string (got ${describeJson(name)})`);
  if (params !== undefined && !isMapOrEmptyList(params)) {
    errors.push(
      `${path}.indexed_params: must be an object keyed by parameter id, or [] when empty (got ${describeJson(params)})`,
    );
  }
  if (filters !== undefined && !isMapOrEmptyList(filters)) {
    errors.push(
      `${path}.saved_filters: must be an object, or [] when empty (got ${describeJson(filters)})`,
    );
  }
  if (isRecord(filters)) {
    for (const field of FILTER_FIELDS) {
      const v = filters[field];
      if (v !== undefined && typeof v !== 'string')
        errors.push(
          `${path}.saved_filters.${field}: must be a string (got ${describeJson(v)})`,
        );
    }
  }
  if (errors.length > 0 || typeof id !== 'string' || type === undefined)
    return { ok: false, errors };
  return { ok: true, value: { ...value, id, module_type: type } };
}

function isMapOrEmptyList(value: unknown): boolean {
  return isRecord(value) || (Array.isArray(value) && value.length === 0);
}
