import { isRecord } from './json-guards';

type Positioned = { position: { x: number; y: number }; measured?: { width?: number } };

/**
 * The offset that puts a blueprint's top-left node at `target` (a drop point), or, without a target, to the
 * right of the current graph. The API adds it to every pasted node's position.
 */
export function blueprintOffset(args: { blueprintNodes: readonly unknown[]; target?: { x: number; y: number }; nodes: readonly Positioned[] }): { x: number; y: number } {
  const positions = args.blueprintNodes.flatMap((n) => {
    if (!isRecord(n) || (isRecord(n['data']) && n['data']['module_type'] === 'trigger')) return [];
    const x = n['pos_x'];
    const y = n['pos_y'];
    return typeof x === 'number' && typeof y === 'number' ? [{ x, y }] : [];
  });
  const minX = positions.length > 0 ? Math.min(...positions.map((p) => p.x)) : 0;
  const minY = positions.length > 0 ? Math.min(...positions.map((p) => p.y)) : 0;
  const target = args.target ?? {
    x: args.nodes.length > 0 ? Math.max(...args.nodes.map((n) => n.position.x + (n.measured?.width ?? 220))) + 80 : 0,
    y: args.nodes.length > 0 ? Math.min(...args.nodes.map((n) => n.position.y)) : 0,
  };
  return { x: Math.round(target.x - minX), y: Math.round(target.y - minY) };
}
