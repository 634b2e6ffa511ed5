import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { papRedBlockingGraph } from './__fixtures__/pap-red-blocking.graph';
import { connectionNodeId } from './connection-node-id';
import { formatEdgeId } from './format-edge-id';
import { nodeEdges } from './node-edges';
import { parseEdgeId } from './parse-edge-id';
import { parseGraph } from './parse-graph';

describe('nodeEdges', () => {
  it('lists the §2.3 example edges with walker ids', () => {
    // 1(enrichment-before-query) ─▶ 53(tag-if) ─then▶ 54(stop-execution)
    const result = parseGraph(papRedBlockingGraph);
    if (!result.ok) throw new Error('parse failed');
    expect(nodeEdges(result.graph)).toEqual([
      {
        id: '1:output_1:0:53',
        source: 1,
        output: 'output_1',
        index: 0,
        target: 53,
        input: 'input_1',
      },
      {
        id: '53:output_1:0:54',
        source: 53,
        output: 'output_1',
        index: 0,
        target: 54,
        input: 'input_1',
      },
    ]);
  });

  it('numbers several connections of one output by array index', () => {
    // 1(trigger) ─▶ 2(concurrent-task) ─┬▶ 3
    //                                    └▶ 4
    const graph = buildGraph(
      [trigger(1), logic(2, 'concurrent-task'), action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(nodeEdges(graph).map((edge) => edge.id)).toEqual([
      '1:output_1:0:2',
      '2:output_1:0:3',
      '2:output_1:1:4',
    ]);
  });

  it('reads outputs only: inputs without a matching output add no edge', () => {
    const lonely = {
      ...action(2),
      inputs: { input_1: { connections: [{ node: '1', input: 'output_1' }] } },
    };
    expect(nodeEdges({ '1': trigger(1), '2': lonely })).toEqual([]);
  });

  it('returns no edge for an empty graph', () => {
    expect(nodeEdges({})).toEqual([]);
  });
});

describe('edge ids', () => {
  it('formats and parses "<source>:<output>:<index>:<target>"', () => {
    const id = formatEdgeId({
      source: 1,
      output: 'output_1',
      index: 0,
      target: 53,
    });
    expect(id).toBe('1:output_1:0:53');
    expect(parseEdgeId(id)).toEqual({
      source_id: '1',
      output_id: 'output_1',
      connection_id: '0',
      next_node_id: '53',
    });
  });

  it('parses a malformed id without throwing', () => {
    expect(parseEdgeId('7')).toEqual({
      source_id: '7',
      output_id: '',
      connection_id: '',
      next_node_id: '',
    });
  });
});

describe('connectionNodeId (PHP (int) cast)', () => {
  it.each([
    ['53', 53],
    [' 12', 12],
    ['12abc', 12],
    ['1.9', 1],
    ['1e2', 100],
    ['-3', -3],
    ['abc', 0],
    ['', 0],
  ])('(int) %j is %i', (input, expected) => {
    expect(connectionNodeId(input)).toBe(expected);
  });
});
