type LayoutNode = { id: string; width?: number; height?: number };
type LayoutEdge = { source: string; target: string };
export type LayoutOptions = {
  columnGap?: number;
  rowGap?: number;
  origin?: { x: number; y: number };
  /** The start node: it alone takes the first column; other unfed nodes go to the second. */
  rootId?: string;
};

const DEFAULT_WIDTH = 210;
const DEFAULT_HEIGHT = 90;

/**
 * A layered left-to-right layout: each node's column is its longest distance from a root (triggers first),
 * rows are ordered by the average row of their parents to reduce crossings, and each column is centred.
 * Workflows are small DAGs; nodes on a cycle (an invalid graph) fall back to the column of their first visit.
 */
export function autoLayout(args: { nodes: readonly LayoutNode[]; edges: readonly LayoutEdge[]; options?: LayoutOptions }): Map<string, { x: number; y: number }> {
  const { nodes, edges } = args;
  const { columnGap = 70, rowGap = 40, origin = { x: 0, y: 0 }, rootId } = args.options ?? {};
  const ids = new Set(nodes.map((n) => n.id));
  const parents = new Map<string, string[]>();
  for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) parents.set(e.target, [...(parents.get(e.target) ?? []), e.source]);

  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const fed = parents.get(id) ?? [];
    // A node nothing feeds yet (just dropped) is meant to follow the trigger, not to sit beside it.
    const value = fed.length === 0 ? (rootId !== undefined && id !== rootId && ids.has(rootId) ? 1 : 0) : Math.max(...fed.map(depth)) + 1;
    visiting.delete(id);
    column.set(id, value);
    return value;
  };
  nodes.forEach((n) => depth(n.id));

  const columns: LayoutNode[][] = [];
  for (const n of nodes) (columns[column.get(n.id) ?? 0] ??= []).push(n);
  const row = new Map<string, number>();
  const width = (n: LayoutNode) => n.width ?? DEFAULT_WIDTH;
  const height = (n: LayoutNode) => n.height ?? DEFAULT_HEIGHT;
  const positions = new Map<string, { x: number; y: number }>();
  const tallest = Math.max(0, ...columns.map((col) => col.reduce((sum, n) => sum + height(n) + rowGap, -rowGap)));

  let x = origin.x;
  for (const col of columns) {
    if (!col) continue;
    const barycenter = (n: LayoutNode) => {
      const rows = (parents.get(n.id) ?? []).map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const sorted = col.map((n, index) => ({ n, index, key: barycenter(n) })).sort((a, b) => a.key - b.key || a.index - b.index);
    const columnHeight = sorted.reduce((sum, { n }) => sum + height(n) + rowGap, -rowGap);
    let y = origin.y + (tallest - columnHeight) / 2;
    sorted.forEach(({ n }, index) => {
      row.set(n.id, index);
      positions.set(n.id, { x, y });
      y += height(n) + rowGap;
    });
    x += Math.max(...col.map(width)) + columnGap;
  }
  return positions;
}
