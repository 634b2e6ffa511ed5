import type { WorkflowFlowNode } from '../mapping/flow.types';
import type { ModuleView, TriggerView } from '../types/api.types';
import type { StoredNode } from '../types/workflow-graph.types';
import { handleNames } from './port-names';
import { EMPTY_FILTERS } from './saved-filters';

/** Drawflow allocates node ids as max + 1 (spec §2.2). */
export function nextNodeId(ids: readonly (string | number)[]): number {
  return ids.reduce<number>((max, id) => Math.max(max, Number.isFinite(Number(id)) ? Number(id) : 0), 0) + 1;
}

/** Params a new node starts with: each declared default (MISP fills `indexed_params` from defaults on save). */
export function defaultParams(module: ModuleView): Record<string, unknown> | [] {
  const params: Record<string, unknown> = {};
  for (const p of module.params) {
    if (p.default !== undefined) params[p.id] = p.default;
    else if (p.type === 'picker') params[p.id] = [];
  }
  return Object.keys(params).length > 0 ? params : [];
}

/** MISP-looking CSS classes (display only, kept for files opened in MISP). */
export function nodeClass(module: ModuleView): string {
  const classes = module.module_type === 'trigger' ? ['block-type-trigger'] : module.module_type === 'logic' ? (module.outputs === 2 ? ['block-type-if', 'block-type-logic'] : ['block-type-logic']) : ['block-type-default'];
  if (module.expect_misp_core_format && module.module_type !== 'trigger') classes.push('expect-misp-core-format');
  return classes.join(' ');
}

/** A stored node for a module dropped on the canvas, in the shape MISP's editor saves. */
export function newStoredNode(args: { module: ModuleView; id: number; x: number; y: number; trigger?: TriggerView; uid?: string }): StoredNode {
  const { module, id, x, y, trigger } = args;
  const ports = (prefix: string, count: number) => (count > 0 ? Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}_${i + 1}`, { connections: [] }])) : []);
  const triggerFields = trigger
    ? { scope: trigger.scope, blocking: trigger.blocking, misp_core_format: trigger.misp_core_format, description: trigger.description, trigger_overhead: trigger.trigger_overhead, inputs: 0, outputs: 1 }
    : {};
  return {
    id,
    name: module.name,
    data: {
      id: module.id,
      module_type: module.module_type,
      name: module.name,
      ...triggerFields,
      indexed_params: defaultParams(module),
      saved_filters: { ...EMPTY_FILTERS },
      multiple_output_connection: module.multiple_output_connection,
      module_version: module.version,
      previous_module_version: module.version,
      node_uid: args.uid ?? randomUid(),
    },
    class: nodeClass(module),
    typenode: false,
    inputs: ports('input', module.inputs),
    outputs: ports('output', module.outputs),
    pos_x: x,
    pos_y: y,
  };
}

/** The React Flow node for a freshly created stored node. */
export function toFlowNode(stored: StoredNode, module: ModuleView): WorkflowFlowNode {
  return {
    id: String(stored.id),
    type: 'workflow',
    position: { x: stored.pos_x ?? 0, y: stored.pos_y ?? 0 },
    deletable: module.module_type !== 'trigger',
    data: { stored, module, ...handleNames({ node: stored, module }), absentRefs: [] },
  };
}

function randomUid(): string {
  return Array.from({ length: 23 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');
}
