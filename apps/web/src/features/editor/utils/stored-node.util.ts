import type { InputConnection, ModuleType, OutputConnection, Port, StoredNode } from '../types/workflow-graph.types';
import { isRecord } from './json-guards';

const MODULE_TYPES: readonly string[] = ['trigger', 'logic', 'action'];

/** A graph entry the editor can draw: an object with a numeric id and module data. */
export function isStoredNode(value: unknown): value is StoredNode {
  if (!isRecord(value)) return false;
  const id: unknown = value['id'];
  const data: unknown = value['data'];
  return (
    typeof id === 'number' &&
    Number.isInteger(id) &&
    isRecord(data) &&
    typeof data['id'] === 'string' &&
    typeof data['module_type'] === 'string' &&
    MODULE_TYPES.includes(data['module_type'])
  );
}

export function isModuleType(value: unknown): value is ModuleType {
  return typeof value === 'string' && MODULE_TYPES.includes(value);
}

function isPort(value: unknown): value is Port<unknown> {
  return isRecord(value) && Array.isArray(value['connections']);
}

function isOutputConnection(value: unknown): value is OutputConnection {
  return isRecord(value) && typeof value['node'] === 'string' && typeof value['output'] === 'string';
}

function isInputConnection(value: unknown): value is InputConnection {
  return isRecord(value) && typeof value['node'] === 'string' && typeof value['input'] === 'string';
}

/** `[portName, connections]` in stored order; `[]` (PHP's empty map) has none. Malformed connections are skipped. */
export function outputPorts(node: StoredNode): [string, OutputConnection[]][] {
  if (!isRecord(node.outputs)) return [];
  return Object.entries(node.outputs).map(([name, port]) => [name, isPort(port) ? port.connections.filter(isOutputConnection) : []]);
}

export function inputPorts(node: StoredNode): [string, InputConnection[]][] {
  if (!isRecord(node.inputs)) return [];
  return Object.entries(node.inputs).map(([name, port]) => [name, isPort(port) ? port.connections.filter(isInputConnection) : []]);
}

/** The node's params as a map (`[]` → `{}`). */
export function indexedParams(node: StoredNode): Record<string, unknown> {
  const params = node.data.indexed_params;
  return isRecord(params) ? params : {};
}

/** Connection node ids are strings in the stored format, but some writers use numbers. */
export function connectionNodeId(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
}
