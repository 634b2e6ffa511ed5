import { findGraphNode, firstTriggerNode as firstTrigger, outputEntries } from '../graph';
import type { WalkGraph, WalkNode } from './run.types';

type Outputs = [string, readonly { node: string }[]][];
type Plan = { trigger: WalkNode | null; nodes: Map<number, WalkNode | undefined>; outputs: Map<WalkNode, Outputs> };

// Parsed graphs are immutable values, and a stored workflow runs many times: what the walker derives from
// a graph (node lookups, output lists, the trigger) is computed once per graph object.
const plans = new WeakMap<WalkGraph, Plan>();

function planOf(graph: WalkGraph): Plan {
  let plan = plans.get(graph);
  if (!plan) {
    plan = { trigger: firstTrigger(graph) ?? null, nodes: new Map(), outputs: new Map() };
    plans.set(graph, plan);
  }
  return plan;
}

/** The node stored under `String(id)` (the walker indexes by key, spec §2.2). */
export function nodeById(graph: WalkGraph, id: number): WalkNode | undefined {
  const plan = planOf(graph);
  if (!plan.nodes.has(id)) plan.nodes.set(id, findGraphNode(graph, id));
  return plan.nodes.get(id);
}

/** Outputs in JSON order with their connections, as [name, connections] pairs. */
export function outputsOf(node: WalkNode, graph?: WalkGraph): Outputs {
  if (!graph) return outputEntries(node).map((entry) => [entry.name, entry.connections]);
  const plan = planOf(graph);
  let outputs = plan.outputs.get(node);
  if (!outputs) {
    outputs = outputEntries(node).map((entry) => [entry.name, entry.connections]);
    plan.outputs.set(node, outputs);
  }
  return outputs;
}

/** First trigger node in key order (spec §3.2 step 3). */
export function firstTriggerNode(graph: WalkGraph): WalkNode | null {
  return planOf(graph).trigger;
}

/** A node's `indexed_params` as a map (`[]`, PHP's empty array, means none). */
export function nodeParams(node: WalkNode): Readonly<Record<string, unknown>> {
  const params: unknown = node.data.indexed_params;
  return isParamMap(params) ? params : {};
}

function isParamMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
