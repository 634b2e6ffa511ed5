import { autoLayout } from './auto-layout';

const nodes = (...ids: string[]) => ids.map((id) => ({ id, width: 200, height: 80 }));

describe('autoLayout', () => {
  /**
   * ```
   * 1 ─▶ 2 ─▶ 3
   *      └──▶ 4 ─▶ 5
   * 1 ─────────────▶ 5
   * ```
   */
  it('puts each node one column right of its deepest parent', () => {
    const pos = autoLayout({
      nodes: nodes('1', '2', '3', '4', '5'),
      edges: [
        { source: '1', target: '2' },
        { source: '2', target: '3' },
        { source: '2', target: '4' },
        { source: '4', target: '5' },
        { source: '1', target: '5' },
      ],
      options: { columnGap: 100, rowGap: 20 },
    });
    expect(['1', '2', '3', '4', '5'].map((id) => pos.get(id)?.x)).toEqual([0, 300, 600, 600, 900]);
  });

  it('stacks siblings without overlap and centres columns on the tallest', () => {
    const pos = autoLayout({ nodes: nodes('1', 'a', 'b', 'c'), edges: ['a', 'b', 'c'].map((t) => ({ source: '1', target: t })), options: { rowGap: 20 } });
    const ys = ['a', 'b', 'c'].map((id) => pos.get(id)?.y ?? NaN);
    expect(ys).toEqual([0, 100, 200]);
    expect(pos.get('1')?.y).toBe(100);
  });

  it('orders a column by the rows of the parents (fewer crossings)', () => {
    // p1 feeds y, p2 feeds x: x must come below y although it is listed first.
    const pos = autoLayout({
      nodes: nodes('p1', 'p2', 'x', 'y'),
      edges: [
        { source: 'p1', target: 'y' },
        { source: 'p2', target: 'x' },
      ],
    });
    expect((pos.get('y')?.y ?? 0) < (pos.get('x')?.y ?? 0)).toBe(true);
  });

  it('puts unconnected nodes after the trigger rather than beside it', () => {
    const pos = autoLayout({ nodes: nodes('1', 'a', 'b'), edges: [{ source: 'a', target: 'b' }], options: { rootId: '1', columnGap: 100 } });
    expect(['1', 'a', 'b'].map((id) => pos.get(id)?.x)).toEqual([0, 300, 600]);
  });

  it('terminates on a cycle (an invalid graph being repaired) and places every node', () => {
    const pos = autoLayout({ nodes: nodes('a', 'b'), edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }] });
    expect(pos.size).toBe(2);
  });

  it('uses default sizes for nodes not measured yet and honours the origin', () => {
    const pos = autoLayout({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b' }], options: { origin: { x: 10, y: 20 }, columnGap: 80 } });
    expect(pos.get('a')).toEqual({ x: 10, y: 20 });
    expect(pos.get('b')).toEqual({ x: 300, y: 20 });
  });
});
