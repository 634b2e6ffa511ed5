import type { ModuleView } from '../types/api.types';
import type { InputConnection, StoredNode } from '../types/workflow-graph.types';
import { isRecord } from '../utils/json-guards';
import { handleNames } from '../utils/port-names';
import { connectionNodeId, inputPorts, isStoredNode, outputPorts } from '../utils/stored-node.util';
import { edgeId } from './edge-id';
import type { FlowGraph, ModulesById, WorkflowFlowEdge, WorkflowFlowNode } from './flow.types';

/**
 * Reads a stored MISP graph (spec §2.2) into React Flow nodes and edges. Edges come from `outputs` (what
 * the server executes); each node keeps its stored object verbatim so `flowToGraph` can write it back.
 */
export function graphToFlow(graph: unknown, modulesById: ModulesById): FlowGraph {
  const nodes: WorkflowFlowNode[] = [];
  const edges: WorkflowFlowEdge[] = [];
  const extras: Record<string, unknown> = {};
  const skipped: string[] = [];
  if (!isRecord(graph)) return { nodes, edges, extras, skipped };

  const stored = new Map<string, StoredNode>();
  for (const [key, entry] of Object.entries(graph)) {
    if (isStoredNode(entry)) stored.set(key, entry);
    else {
      extras[key] = entry;
      if (!key.startsWith('_')) skipped.push(key);
    }
  }

  const usedInputs = new Map<string, string[]>();
  for (const [key, node] of stored) {
    for (const [output, connections] of outputPorts(node)) {
      for (const connection of connections) {
        const target = connectionNodeId(connection.node);
        if (!stored.has(target)) continue;
        usedInputs.set(target, [...(usedInputs.get(target) ?? []), connection.output]);
        edges.push({
          id: edgeId({ source: key, sourceHandle: output, target, targetHandle: connection.output }),
          source: key,
          sourceHandle: output,
          target,
          targetHandle: connection.output,
          data: { connection, inputConnection: findInput(stored.get(target), key, output, connection.output), loaded: true },
        });
      }
    }
  }

  for (const [key, node] of stored) {
    const module = modulesById.get(node.data.id) ?? null;
    nodes.push({
      id: key,
      type: 'workflow',
      position: { x: toNumber(node.pos_x), y: toNumber(node.pos_y) },
      // MISP keeps exactly one trigger per workflow; deleting it would only produce an unsavable graph.
      deletable: node.data.module_type !== 'trigger',
      data: {
        stored: node,
        module,
        ...handleNames({ node, module: module ?? null, used: { inputs: usedInputs.get(key) ?? [], outputs: [] } }),
        absentRefs: absentRefs(node, stored),
      },
    });
  }
  return { nodes, edges: dedupe(edges), extras, skipped };
}

/** `modulesById` for `graphToFlow` from the `GET /modules` list. */
export function indexModules(modules: readonly ModuleView[]): ModulesById {
  return new Map(modules.map((m) => [m.id, m]));
}

function findInput(target: StoredNode | undefined, source: string, output: string, input: string): InputConnection | undefined {
  if (!target) return undefined;
  const port = inputPorts(target).find(([name]) => name === input);
  return port?.[1].find((c) => connectionNodeId(c.node) === source && c.input === output);
}

function absentRefs(node: StoredNode, stored: ReadonlyMap<string, StoredNode>): string[] {
  const ids = new Set<string>();
  for (const [, connections] of outputPorts(node)) for (const c of connections) ids.add(connectionNodeId(c.node));
  for (const [, connections] of inputPorts(node)) for (const c of connections) ids.add(connectionNodeId(c.node));
  return [...ids].filter((id) => !stored.has(id));
}

// An exact duplicate connection draws as one edge; `flowToGraph` still writes both stored copies back.
function dedupe(edges: WorkflowFlowEdge[]): WorkflowFlowEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isFinite(n) ? n : 0;
}
