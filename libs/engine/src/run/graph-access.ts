import { findGraphNode, firstTriggerNode as firstTrigger, outputEntries } from '../graph';
import type { WalkGraph, WalkNode } from './run.types';

/** The node stored under `String(id)` (the walker indexes by key, spec §2.2). */
export function nodeById(graph: WalkGraph, id: number): WalkNode | undefined {
  return findGraphNode(graph, id);
}

/** Outputs in JSON order with their connections, as [name, connections] pairs. */
export function outputsOf(node: WalkNode): [string, readonly { node: string }[]][] {
  return outputEntries(node).map((entry) => [entry.name, entry.connections]);
}

/** First trigger node in key order (spec §3.2 step 3). */
export function firstTriggerNode(graph: WalkGraph): WalkNode | null {
  return firstTrigger(graph) ?? null;
}

/** A node's `indexed_params` as a map (`[]`, PHP's empty array, means none). */
export function nodeParams(node: WalkNode): Readonly<Record<string, unknown>> {
  const params: unknown = node.data.indexed_params;
  return isParamMap(params) ? params : {};
}

function isParamMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
