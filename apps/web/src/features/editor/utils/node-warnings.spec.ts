import { ALL_MODULES, STOP_EXECUTION, TAG_IF } from '../__fixtures__/modules.fixture';
import { bareNode, out } from '../__fixtures__/graphs.fixture';
import { graphToFlow, indexModules } from '../mapping/graph-to-flow';
import type { CheckGraphResult } from '../types/api.types';
import { edgeMarks, nodeWarnings, WARNING_TEXTS } from './node-warnings';

const clean: CheckGraphResult = {
  is_acyclic: { is_acyclic: true, cycles: [] },
  multiple_output_connection: { has_multiple_output_connection: false, edges: [] },
  path_warnings: { has_path_warnings: false, edges: [] },
};

function flowFor(trigger: string, modules = ALL_MODULES) {
  return graphToFlow(
    {
      '1': bareNode(1, trigger, 'trigger', out(2)),
      '2': bareNode(2, 'tag-if', 'logic', out(3)),
      '3': bareNode(3, 'stop-execution', 'action', []),
      '4': bareNode(4, 'gone-module', 'action', []),
    },
    indexModules(modules),
  );
}

describe('nodeWarnings', () => {
  it('warns about a blocking module and a core-format module under a non-blocking, non-core trigger (MISP texts)', () => {
    const w = nodeWarnings({ nodes: flowFor('event-after-save').nodes, check: clean });
    expect(w['3']?.map((x) => x.text)).toEqual([WARNING_TEXTS.blockingInNonBlocking.text]);
    expect(w['2']?.map((x) => x.text)).toEqual([WARNING_TEXTS.coreFormat.text]);
    expect(w['4']).toEqual([expect.objectContaining({ severity: 'error', text: 'Invalid module id `gone-module`' })]);
    expect(w['1']).toBeUndefined();
  });

  it('has nothing to say about the same modules under a blocking core-format trigger', () => {
    const w = nodeWarnings({ nodes: flowFor('event-publish').nodes, check: clean });
    expect(w['2']).toBeUndefined();
    expect(w['3']).toBeUndefined();
  });

  it('flags a disabled module as an error', () => {
    const modules = ALL_MODULES.map((m) => (m === TAG_IF ? { ...m, enabled: false } : m));
    const w = nodeWarnings({ nodes: flowFor('event-publish', modules).nodes, check: clean });
    expect(w['2']).toEqual([{ severity: 'error', ...WARNING_TEXTS.disabled }]);
  });

  it('puts check-graph path warnings on the blocking node once', () => {
    const check: CheckGraphResult = {
      ...clean,
      path_warnings: {
        has_path_warnings: true,
        edges: [
          ['2', '3', WARNING_TEXTS.pathWarning, true, 'stop-execution', 3],
          ['2', '3', WARNING_TEXTS.pathWarning, true, 'stop-execution', 3],
        ],
      },
    };
    const w = nodeWarnings({ nodes: flowFor('event-publish').nodes, check });
    expect(w['3']).toEqual([expect.objectContaining({ severity: 'warning', text: WARNING_TEXTS.pathWarning })]);
    expect(STOP_EXECUTION.blocking).toBe(true);
  });
});

describe('edgeMarks', () => {
  it('paints cycle and multiple-connection edges red and path-warning edges amber', () => {
    const { edges } = flowFor('event-publish');
    const marks = edgeMarks({
      edges,
      check: {
        is_acyclic: { is_acyclic: false, cycles: [[1, 2, 'Cycle']] },
        multiple_output_connection: { has_multiple_output_connection: true, edges: { '2': [3] } },
        path_warnings: { has_path_warnings: false, edges: [] },
      },
    });
    expect(Object.fromEntries(marks)).toEqual({
      '1:output_1->2:input_1': { className: 'wf-edge--danger', title: 'Cycle', label: 'Cycle' },
      '2:output_1->3:input_1': { className: 'wf-edge--danger', title: 'Multiple connections', label: 'Multiple connections' },
    });
    expect(edgeMarks({ edges, check: null }).size).toBe(0);
  });

  it('marks a path-warning edge with a short label and the full text as its name', () => {
    const { edges } = flowFor('event-after-save');
    const marks = edgeMarks({ edges, check: { ...clean, path_warnings: { has_path_warnings: true, edges: [['2', '3', WARNING_TEXTS.pathWarning, true, 'stop-execution', 3]] } } });
    expect(marks.get('2:output_1->3:input_1')).toEqual({ className: 'wf-edge--warning', title: WARNING_TEXTS.pathWarning, label: 'blocking path' });
  });
});
