import {
  action,
  buildGraph,
  logic,
  node,
  trigger,
} from './__fixtures__/graph-builder';
import { checkMultipleOutputConnection } from './check-multiple-output-connection';

describe('checkMultipleOutputConnection', () => {
  it('accepts one connection per output and serialises `edges` as []', () => {
    // 1(trigger) ─▶ 2(tag-if) ─then▶ 3
    const graph = buildGraph(
      [trigger(1), logic(2), action(3)],
      ['1 -> 2', '2 -then-> 3'],
    );
    const result = checkMultipleOutputConnection(graph);
    expect(result).toEqual({
      has_multiple_output_connection: false,
      edges: [],
    });
    expect(JSON.stringify(result.edges)).toBe('[]');
  });

  it('refuses two connections from an action output', () => {
    // 1(trigger) ─▶ 2(action) ─┬▶ 3
    //                          └▶ 4
    const graph = buildGraph(
      [trigger(1), action(2), action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(checkMultipleOutputConnection(graph)).toEqual({
      has_multiple_output_connection: true,
      edges: { '2': [3, 4] },
    });
  });

  it('allows them from a node whose data says multiple_output_connection (concurrent-task)', () => {
    // 1(trigger) ─▶ 2(concurrent-task) ─┬▶ 3
    //                                    └▶ 4
    const graph = buildGraph(
      [trigger(1), logic(2, 'concurrent-task'), action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(
      checkMultipleOutputConnection(graph).has_multiple_output_connection,
    ).toBe(false);
  });

  it('reads the flag from the node data, not from the module id', () => {
    // 2 is a concurrent-task whose stored flag was lost: refused like MISP does
    const stripped = logic(2, 'concurrent-task', {
      data: { multiple_output_connection: false },
    });
    const graph = buildGraph(
      [trigger(1), stripped, action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(checkMultipleOutputConnection(graph).edges).toEqual({ '2': [3, 4] });
  });

  it.each([
    ['"0"', '0', true],
    ['""', '', true],
    ['null', null, true],
    ['[]', [], true],
    ['1', 1, false],
    ['"yes"', 'yes', false],
    ['true', true, false],
  ])('applies PHP empty() to the flag value %s', (_label, flag, violates) => {
    const fan = action(2, 'fan-out', {
      data: { multiple_output_connection: flag },
    });
    const graph = buildGraph(
      [trigger(1), fan, action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(
      checkMultipleOutputConnection(graph).has_multiple_output_connection,
    ).toBe(violates);
  });

  it('keeps only the last violating output of a node (MISP quirk)', () => {
    //                ┌then▶ 3, 4
    // 1 ─▶ 2(tag-if)
    //                └else▶ 5, 6
    const graph = buildGraph(
      [trigger(1), logic(2), action(3), action(4), action(5), action(6)],
      ['1 -> 2', '2 -then-> 3', '2 -then-> 4', '2 -else-> 5', '2 -else-> 6'],
    );
    expect(checkMultipleOutputConnection(graph).edges).toEqual({ '2': [5, 6] });
  });

  it('reports every violating node keyed by its id', () => {
    // 1(trigger with 2 links) ─┬▶ 2 ─┬▶ 4
    //                          └▶ 3  └▶ 5
    const graph = buildGraph(
      [
        node(1, 'trigger', 'event-publish'),
        action(2),
        action(3),
        action(4),
        action(5),
      ],
      ['1 -> 2', '1 -> 3', '2 -> 4', '2 -> 5'],
    );
    expect(checkMultipleOutputConnection(graph).edges).toEqual({
      '1': [2, 3],
      '2': [4, 5],
    });
  });
});
