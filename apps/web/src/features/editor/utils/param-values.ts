import type { ModuleParam } from '../types/api.types';
import type { StoredNode } from '../types/workflow-graph.types';
import { indexedParams } from './stored-node.util';

/** What a param's field shows: the node's value, else the param default, else an empty value of its type. */
export function paramValue(node: StoredNode, param: ModuleParam): unknown {
  const params = indexedParams(node);
  const value = params[param.id];
  if (value !== undefined && value !== null) return value;
  if (param.default !== undefined) return param.default;
  return param.type === 'picker' ? [] : param.type === 'checkbox' ? false : '';
}

/**
 * MISP's `display_on` (spec §4.3): a param is shown when, for some key of `display_on`, the node's value of
 * that param equals one of the configured values.
 */
export function isParamVisible(args: { param: ModuleParam; node: StoredNode; params: readonly ModuleParam[] }): boolean {
  const { param, node, params } = args;
  if (!param.display_on || Object.keys(param.display_on).length === 0) return true;
  return Object.entries(param.display_on).some(([otherId, allowed]) => {
    const other = params.find((p) => p.id === otherId);
    const value = other ? paramValue(node, other) : indexedParams(node)[otherId];
    const values = Array.isArray(value) ? value.map(String) : [String(value ?? '')];
    return values.some((v) => allowed.includes(v));
  });
}

/** A copy of the node with one param set (`indexed_params: []` becomes a map). */
export function withParam(node: StoredNode, paramId: string, value: unknown): StoredNode {
  return { ...node, data: { ...node.data, indexed_params: { ...indexedParams(node), [paramId]: value } } };
}
