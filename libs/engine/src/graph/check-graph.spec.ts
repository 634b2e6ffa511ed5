import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import { papRedBlockingGraph } from './__fixtures__/pap-red-blocking.graph';
import { checkGraph } from './check-graph';
import type { ModuleRef } from './graph-check.types';
import { BLOCKING_PATH_WARNING as W } from './graph-validation-messages';
import { parseGraph } from './parse-graph';

const context = {
  isBlockingModule: ({ moduleId }: ModuleRef): boolean =>
    moduleId === 'stop-execution',
};

describe('checkGraph', () => {
  it('gives MISP\'s exact "all clear" document for the §2.3 example', () => {
    const parsed = parseGraph(papRedBlockingGraph);
    if (!parsed.ok) throw new Error('parse failed');
    expect(JSON.stringify(checkGraph(parsed.graph, context))).toBe(
      '{"is_acyclic":{"is_acyclic":true,"cycles":[]},' +
        '"multiple_output_connection":{"has_multiple_output_connection":false,"edges":[]},' +
        '"path_warnings":{"has_path_warnings":false,"edges":[]}}',
    );
  });

  it('reports the three problems side by side', () => {
    // 1(trigger) ─▶ 2(concurrent-task) ─▶ 3(action) ─┬▶ 4(stop-execution)
    //                                     ▲          └▶ 5(action) ─┐
    //                                     └────────────────────────┘
    const graph = buildGraph(
      [
        trigger(1),
        logic(2, 'concurrent-task'),
        action(3),
        action(4, 'stop-execution'),
        action(5),
      ],
      ['1 -> 2', '2 -> 3', '3 -> 4', '3 -> 5', '5 -> 3'],
    );
    expect(checkGraph(graph, context)).toStrictEqual({
      is_acyclic: {
        is_acyclic: false,
        cycles: [
          [5, 3, 'Cycle'],
          [3, 5, 'Cycle'],
        ],
      },
      multiple_output_connection: {
        has_multiple_output_connection: true,
        edges: { '3': [4, 5] },
      },
      // The static walk goes round the cycle once (2→3→5→3→4) before an edge repeats, so the
      // blocking node 4 is reached by two paths and both are reported.
      path_warnings: {
        has_path_warnings: true,
        edges: [
          ['2', '3', W, true, 'stop-execution', 4],
          ['3', '4', W, true, 'stop-execution', 4],
          ['2', '3', W, true, 'stop-execution', 4],
          ['3', '5', W, true, 'stop-execution', 4],
          ['5', '3', W, true, 'stop-execution', 4],
          ['3', '4', W, true, 'stop-execution', 4],
        ],
      },
    });
  });

  it('checks an empty graph without complaint (the trigger rule is a save rule)', () => {
    const result = checkGraph({}, context);
    expect([
      result.is_acyclic.is_acyclic,
      result.multiple_output_connection.has_multiple_output_connection,
    ]).toEqual([true, false]);
    expect(result.path_warnings.has_path_warnings).toBe(false);
  });

  it('does not modify the graph', () => {
    const graph = buildGraph(
      [trigger(1), logic(2), action(3)],
      ['1 -> 2', '2 -then-> 3', '3 -> 2'],
    );
    const before = JSON.stringify(graph);
    checkGraph(graph, context);
    expect(JSON.stringify(graph)).toBe(before);
  });
});
