import type { ModuleView } from '../types/api.types';
import type { StoredNode } from '../types/workflow-graph.types';
import { inputPorts, outputPorts } from './stored-node.util';

/** How many ports a module has; a node of an unknown module gets MISP's class defaults (spec §1.5). */
export function portCounts(node: StoredNode, module: ModuleView | null): { inputs: number; outputs: number } {
  if (module) return { inputs: module.inputs, outputs: module.outputs };
  switch (node.data.module_type) {
    case 'trigger':
      return { inputs: 0, outputs: 1 };
    case 'logic':
      return { inputs: 1, outputs: 2 };
    case 'action':
      return { inputs: 1, outputs: 1 };
  }
}

/** Handles to draw: the stored ports in stored order, then the module's missing ones (`input_1`, …). */
export function handleNames(args: { node: StoredNode; module: ModuleView | null; used?: { inputs: string[]; outputs: string[] } }): {
  inputs: string[];
  outputs: string[];
} {
  const { node, module, used } = args;
  const counts = portCounts(node, module);
  const merge = (stored: string[], prefix: string, count: number, extra: string[] = []) => {
    const names = [...stored];
    for (let i = 1; i <= count; i += 1) if (!names.includes(`${prefix}_${i}`)) names.push(`${prefix}_${i}`);
    for (const name of extra) if (!names.includes(name)) names.push(name);
    return names;
  };
  return {
    inputs: merge(inputPorts(node).map(([n]) => n), 'input', counts.inputs, used?.inputs),
    outputs: merge(outputPorts(node).map(([n]) => n), 'output', counts.outputs, used?.outputs),
  };
}

/** MISP's IF modules follow `output_1` for "then" and `output_2` for "else" (spec §1.5). */
export function outputLabel(args: { moduleType: string; outputs: number; name: string }): string {
  if (args.moduleType === 'logic' && args.outputs === 2) return args.name === 'output_1' ? 'then' : args.name === 'output_2' ? 'else' : args.name;
  return args.name;
}
