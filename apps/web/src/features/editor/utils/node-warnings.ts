import type { WorkflowFlowEdge, WorkflowFlowNode } from '../mapping/flow.types';
import type { CheckGraphResult } from '../types/api.types';
import type { NodeWarning } from '../types/decorations.types';
import { isRecord } from './json-guards';

// MISP's texts (spec §4.3), so users find them in MISP's documentation too.
export const WARNING_TEXTS = {
  disabled: { text: 'Module disabled', description: 'This module is disabled and thus will not be executed.' },
  blockingInNonBlocking: { text: 'Blocking module might not work as intended', description: 'This module is a blocking module for a non-blocking trigger.' },
  coreFormat: { text: 'Potential data format issue', description: 'This module might not work properly as it expect data compliant with the MISP core format.' },
  pathWarning: 'This path leads to a blocking node from a non-blocking context',
} as const;

/**
 * Warnings drawn on nodes: what MISP computes when building the editor (disabled module, blocking module in
 * a non-blocking workflow, core-format mismatch, unknown module) plus check-graph's path warnings
 * (a blocking node after a concurrent task).
 */
export function nodeWarnings(args: { nodes: readonly WorkflowFlowNode[]; check: CheckGraphResult | null }): Record<string, NodeWarning[]> {
  const out: Record<string, NodeWarning[]> = {};
  const add = (id: string, w: NodeWarning) => {
    const list = (out[id] ??= []);
    if (!list.some((x) => x.text === w.text)) list.push(w);
  };
  const triggerNode = args.nodes.find((n) => n.data.stored.data.module_type === 'trigger');
  const triggerBlocking = triggerNode ? booleanField(triggerNode, 'blocking') ?? triggerNode.data.module?.blocking ?? false : true;
  const triggerCore = triggerNode ? booleanField(triggerNode, 'misp_core_format') ?? triggerNode.data.module?.expect_misp_core_format ?? false : true;

  for (const node of args.nodes) {
    const { module, stored } = node.data;
    if (!module) {
      add(node.id, { severity: 'error', text: `Invalid module id \`${stored.data.id}\``, description: 'No module with this id is loaded; the node fails when the workflow runs.' });
      continue;
    }
    if (module.error) add(node.id, { severity: 'error', text: 'Module failed to load', description: module.error });
    if (module.module_type === 'trigger') continue;
    if (!module.enabled) add(node.id, { severity: 'error', ...WARNING_TEXTS.disabled });
    if (module.blocking && !triggerBlocking) add(node.id, { severity: 'warning', ...WARNING_TEXTS.blockingInNonBlocking });
    if (module.expect_misp_core_format && !triggerCore) add(node.id, { severity: 'warning', ...WARNING_TEXTS.coreFormat });
  }
  for (const edge of args.check?.path_warnings.edges ?? []) {
    add(String(edge[5]), { severity: 'warning', text: edge[2] || WARNING_TEXTS.pathWarning, description: 'Nodes after a concurrent task run in the background: a blocking module there cannot block the MISP operation.' });
  }
  return out;
}

/** `title` is the full text (accessible name), `label` the short one drawn on the edge. */
export type EdgeMark = { className: 'wf-edge--danger' | 'wf-edge--warning'; title: string; label: string };

/** Check-graph results painted on connections, as MISP's editor does (cycle, multiple connections, path warning). */
export function edgeMarks(args: { edges: readonly WorkflowFlowEdge[]; check: CheckGraphResult | null }): Map<string, EdgeMark> {
  const marks = new Map<string, EdgeMark>();
  const check = args.check;
  if (!check) return marks;
  const mark = (source: string, target: string, value: EdgeMark) => {
    for (const e of args.edges) if (e.source === source && e.target === target && !marks.has(e.id)) marks.set(e.id, value);
  };
  for (const [from, to] of check.is_acyclic.cycles) mark(String(from), String(to), { className: 'wf-edge--danger', title: 'Cycle', label: 'Cycle' });
  const multiple = check.multiple_output_connection.edges;
  if (isRecord(multiple)) {
    for (const [source, targets] of Object.entries(multiple)) {
      if (Array.isArray(targets)) for (const t of targets) mark(source, String(t), { className: 'wf-edge--danger', title: 'Multiple connections', label: 'Multiple connections' });
    }
  }
  for (const [source, next, text] of check.path_warnings.edges) mark(String(source), String(next), { className: 'wf-edge--warning', title: text, label: 'blocking path' });
  return marks;
}

function booleanField(node: WorkflowFlowNode, key: string): boolean | undefined {
  const value = node.data.stored.data[key];
  return typeof value === 'boolean' ? value : undefined;
}
