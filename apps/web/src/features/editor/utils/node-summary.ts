import type { ModuleView } from '../types/api.types';
import type { StoredNode } from '../types/workflow-graph.types';
import { indexedParams } from './stored-node.util';

/** The node's title as MISP draws it: the stored name, else the module's. */
export function nodeTitle(node: StoredNode, module: ModuleView | null): string {
  const dataName = node.data.name;
  return node.name ?? (typeof dataName === 'string' && dataName ? dataName : undefined) ?? module?.name ?? node.data.id;
}

/** A few `label: value` lines of configured params, shown inside the node. */
export function paramSummary(args: { node: StoredNode; module: ModuleView | null; max?: number }): string[] {
  const { node, module, max = 3 } = args;
  const params = indexedParams(node);
  const lines: string[] = [];
  for (const [id, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' || value === undefined ? '' : String(value);
    if (!text) continue;
    const param = module?.params.find((p) => p.id === id);
    const option = param?.options?.find((o) => o.value === text);
    lines.push(`${param?.label ?? id}: ${truncate(option?.label ?? text, 40)}`);
    if (lines.length >= max) break;
  }
  return lines;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
