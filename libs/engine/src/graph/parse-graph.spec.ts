import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { bgpRankingGraph } from './__fixtures__/bgp-ranking.blueprint';
import { papRedBlockingGraph } from './__fixtures__/pap-red-blocking.graph';
import { patchJson, patchJsonInPlace, REMOVE } from './__fixtures__/patch-json';
import { parseGraph } from './parse-graph';

// Parses and returns the errors, failing the test if the graph was accepted.
function errorsOf(json: unknown): readonly string[] {
  const result = parseGraph(json);
  if (result.ok) throw new Error('expected parseGraph to refuse the input');
  return result.errors;
}

// A minimal valid graph, broken by individual tests through patchJson.
//   1(trigger) ─▶ 2(action)
const valid = buildGraph([trigger(1), action(2)], ['1 -> 2']);
const broken = (changes: { readonly [path: string]: unknown }): unknown =>
  patchJson(valid, changes);

describe('parseGraph: round trips', () => {
  it('keeps the §2.3 stored example byte-for-byte equivalent', () => {
    const result = parseGraph(papRedBlockingGraph);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(JSON.parse(JSON.stringify(result.graph))).toStrictEqual(
        papRedBlockingGraph,
      );
  });

  it('keeps the concurrent-task example (with `_frames: []` and connection points)', () => {
    // 1(event-publish) ─▶ 30(concurrent-task) ─▶ 29(attach-enrichment) ─▶ 28(tag_operation)
    const result = parseGraph(bgpRankingGraph);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(JSON.parse(JSON.stringify(result.graph))).toStrictEqual(
        bgpRankingGraph,
      );
  });

  it('keeps `[]` placeholders as lists', () => {
    const result = parseGraph(papRedBlockingGraph);
    if (!result.ok) throw new Error('parse failed');
    const serialised = JSON.parse(JSON.stringify(result.graph));
    expect(serialised['1'].inputs).toEqual([]);
    expect(serialised['1'].data.indexed_params).toEqual([]);
    expect(serialised['54'].outputs).toEqual([]);
  });

  it('keeps unknown keys at every level', () => {
    const raw = broken({
      '1.html': '<div>trigger</div>',
      '1.data.module_data': { id: 'event-publish', params: [] },
      '1.outputs.output_1.extra': 1,
      '1.outputs.output_1.connections.0.points': [{ x: 1 }],
      '2.inputs.input_1.connections.0.custom': true,
    });
    const result = parseGraph(raw);
    expect(result.ok && JSON.parse(JSON.stringify(result.graph))).toStrictEqual(
      raw,
    );
  });

  it('returns a deep copy: mutating the input afterwards does not change the graph', () => {
    const raw = broken({});
    const result = parseGraph(raw);
    patchJsonInPlace(raw, '1.data.id', 'changed');
    expect(result.ok && result.graph['1']).toMatchObject({
      data: { id: 'event-publish' },
    });
  });

  it('accepts a trigger node without `name`, as MISP auto-creates it', () => {
    expect(parseGraph(broken({ '1.name': REMOVE })).ok).toBe(true);
  });

  it('accepts a "__proto__" port name as an ordinary key', () => {
    const raw: unknown = JSON.parse(
      '{"1": {"id": 1, "data": {"id": "t", "module_type": "trigger"}, "inputs": [], "outputs": {"__proto__": {"connections": []}}}}',
    );
    const result = parseGraph(raw);
    expect(result.ok && JSON.stringify(result.graph)).toBe(JSON.stringify(raw));
  });
});

describe('parseGraph: garbage never throws', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"1": {}}'],
    ['a boolean', true],
    ['an empty list', []],
    ['a list of nodes', [{ id: 1 }]],
    ['a node that is null', { 1: null }],
    ['a node that is a string', { 1: 'node' }],
    ['a node without fields', { 1: {} }],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', () => 1],
    ['a cyclic object', cyclic],
    ['NaN inside', { 1: { id: Number.NaN } }],
    ['a bigint inside', { 1: { id: BigInt(1) } }],
    ['a symbol inside', { 1: { id: Symbol('x') } }],
    ['a class instance inside', { 1: { id: 1, data: new Date(0) } }],
  ])('refuses %s with messages', (_label, input) => {
    expect(() => parseGraph(input)).not.toThrow();
    const result = parseGraph(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('points at blueprintToGraph when given a node list', () => {
    expect(errorsOf([{ id: 1 }])[0]).toMatch(
      /got a list\); a blueprint node list must go through blueprintToGraph/,
    );
  });

  it('reports a circular reference instead of overflowing the stack', () => {
    expect(errorsOf(cyclic)).toEqual([
      'graph.self: the value contains itself (circular reference)',
    ]);
  });

  it('caps very long error lists', () => {
    const many = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [String(i + 1), null]),
    );
    const errors = errorsOf(many);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('… and 30 more errors');
  });

  it('accepts an empty object (the trigger rule, not the parser, refuses it)', () => {
    expect(parseGraph({})).toEqual({ ok: true, graph: {} });
  });
});

describe('parseGraph: shape errors', () => {
  it('refuses a node filed under another key than String(node.id)', () => {
    const raw = broken({
      '7': valid['2'],
      '2': REMOVE,
      '1.outputs.output_1.connections.0.node': '7',
    });
    expect(errorsOf(raw)).toContain(
      'graph["7"]: is filed under key "7" but its id is 2; the key must be "2"',
    );
  });

  it('refuses a non-integer or string node id', () => {
    const errors = errorsOf(broken({ '1.id': '1', '2.id': 2.5 }));
    expect(errors).toContain(
      'graph["1"].id: must be an integer node id (got the string "1")',
    );
    expect(errors).toContain(
      'graph["2"].id: must be an integer node id (got number 2.5)',
    );
  });

  it('refuses an output connection to a node that does not exist', () => {
    const raw = broken({
      '1.outputs.output_1.connections.1': { node: '99', output: 'input_1' },
    });
    expect(errorsOf(raw)).toEqual([
      'graph["1"].outputs.output_1.connections[1].node: node "99" does not exist in the graph',
    ]);
  });

  it('refuses an input connection from a node that does not exist', () => {
    const raw = broken({ '2.inputs.input_1.connections.0.node': '_frames' });
    expect(errorsOf(raw)).toEqual([
      'graph["2"].inputs.input_1.connections[0].node: node "_frames" does not exist in the graph',
    ]);
  });

  it('refuses numeric node ids in connections (MISP writes strings)', () => {
    const raw = broken({ '1.outputs.output_1.connections.0.node': 2 });
    expect(errorsOf(raw)).toEqual([
      'graph["1"].outputs.output_1.connections[0].node: must be the target node id as a string (got number 2)',
    ]);
  });

  it.each([
    ['a string', 'output_1', 'got the string "output_1"'],
    ['null', null, 'got null'],
    ['a non-empty list', [{ connections: [] }], 'got a non-empty list'],
  ])('refuses `outputs` that is %s', (_label, outputs, got) => {
    const raw = broken({ '2.outputs': outputs });
    expect(errorsOf(raw)[0]).toBe(
      `graph["2"].outputs: must be an object keyed by port name, or [] when empty (${got})`,
    );
  });

  it('refuses a port without a connections list', () => {
    const raw = broken({ '2.outputs': { output_1: { connection: [] } } });
    expect(errorsOf(raw)).toEqual([
      'graph["2"].outputs.output_1: must be an object {"connections": [...]} (got an object)',
    ]);
  });

  it('refuses missing inputs', () => {
    expect(errorsOf(broken({ '1.inputs': REMOVE }))).toEqual([
      'graph["1"].inputs: must be an object keyed by port name, or [] when empty (got nothing)',
    ]);
  });

  it('refuses an unknown module_type and a missing module id', () => {
    expect(
      errorsOf(broken({ '2.data.module_type': 'filter', '2.data.id': REMOVE })),
    ).toEqual([
      'graph["2"].data.id: must be the module id as a string, e.g. "tag-if" (got nothing)',
      'graph["2"].data.module_type: must be "trigger", "logic" or "action" (got the string "filter")',
    ]);
  });

  it('refuses indexed_params that is a non-empty list, and non-string filter fields', () => {
    expect(
      errorsOf(
        broken({
          '2.data.indexed_params': ['a'],
          '2.data.saved_filters': { selector: 1 },
        }),
      ),
    ).toEqual([
      'graph["2"].data.indexed_params: must be an object keyed by parameter id, or [] when empty (got a list)',
      'graph["2"].data.saved_filters.selector: must be a string (got number 1)',
    ]);
  });

  it('refuses badly typed optional node fields', () => {
    expect(errorsOf(broken({ '2.pos_x': '10', '2.typenode': 'vue' }))).toEqual([
      'graph["2"].typenode: must be a boolean (got the string "vue")',
      'graph["2"].pos_x: must be a number (got the string "10")',
    ]);
  });

  it('keeps well-formed labels on input connections and refuses malformed ones', () => {
    const labelPath = '2.inputs.input_1.connections.0.labels';
    expect(
      parseGraph(
        broken({ [labelPath]: [{ id: 'a', name: 'A', variant: 'info' }] }),
      ).ok,
    ).toBe(true);
    expect(errorsOf(broken({ [labelPath]: [{ id: 'a' }] }))).toEqual([
      'graph["2"].inputs.input_1.connections[0].labels[0]: "id", "name" and "variant" must be strings',
    ]);
  });

  it('refuses `_frames` that is neither an object nor [] and frames that are not objects', () => {
    expect(errorsOf(broken({ _frames: 'none' }))).toEqual([
      'graph._frames: must be an object keyed by frame id, or [] when empty (got the string "none")',
    ]);
    expect(errorsOf(broken({ _frames: { 'f-1': 3 } }))).toEqual([
      'graph._frames["f-1"]: must be a frame object (got number 3)',
    ]);
  });

  it('collects all errors of a graph in one pass', () => {
    // 1(trigger) ─▶ 2(logic) with three independent problems
    const raw = patchJson(buildGraph([trigger(1), logic(2)], ['1 -> 2']), {
      '1.class': 7,
      '2.data': null,
      '2.outputs.output_2.connections.0': { node: '1' },
    });
    expect(errorsOf(raw)).toHaveLength(3);
  });
});
