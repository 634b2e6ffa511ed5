import { blueprintOffset } from './blueprint-placement';

const node = (x: number, y: number, type = 'logic') => ({ id: 1, data: { module_type: type }, pos_x: x, pos_y: y });

describe('blueprintOffset', () => {
  it('puts the top-left blueprint node on the drop point (trigger nodes ignored)', () => {
    expect(blueprintOffset({ blueprintNodes: [node(200, 10), node(450, 0), node(-500, -500, 'trigger')], target: { x: 600, y: 300 }, nodes: [] })).toEqual({ x: 400, y: 300 });
  });

  it('without a drop point, places it right of the graph', () => {
    const nodes = [
      { position: { x: 0, y: 50 }, measured: { width: 200 } },
      { position: { x: 300, y: 20 } },
    ];
    expect(blueprintOffset({ blueprintNodes: [node(200, 0)], nodes })).toEqual({ x: 600 - 200, y: 20 });
  });

  it('copes with nodes without positions and an empty workflow', () => {
    expect(blueprintOffset({ blueprintNodes: [{ id: 1 }], nodes: [] })).toEqual({ x: 0, y: 0 });
  });
});
