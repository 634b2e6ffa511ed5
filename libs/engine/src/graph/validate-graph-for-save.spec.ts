import {
  action,
  buildGraph,
  logic,
  trigger,
} from './__fixtures__/graph-builder';
import {
  CYCLE_MESSAGE,
  MULTIPLE_CONNECTION_MESSAGE,
  TRIGGER_COUNT_MESSAGE,
} from './graph-validation-messages';
import { validateGraphForSave } from './validate-graph-for-save';

describe('validateGraphForSave', () => {
  it('accepts a valid graph', () => {
    // 1(trigger) ─▶ 2(tag-if) ─then▶ 3(stop-execution)
    const graph = buildGraph(
      [trigger(1), logic(2), action(3, 'stop-execution')],
      ['1 -> 2', '2 -then-> 3'],
    );
    expect(validateGraphForSave(graph)).toBeNull();
  });

  it("uses MISP's exact messages", () => {
    expect([
      CYCLE_MESSAGE,
      TRIGGER_COUNT_MESSAGE,
      MULTIPLE_CONNECTION_MESSAGE,
    ]).toEqual([
      'Cannot save a workflow containing a cycle',
      'Cannot save a workflow containing no or more than one trigger',
      'Cannot save a workflow having more than one connection per output',
    ]);
  });

  it('refuses a cycle first, even with no trigger and several connections', () => {
    // 1(action) ─┬▶ 2 ─▶ back to 1
    //            └▶ 3
    const graph = buildGraph(
      [action(1), action(2), action(3)],
      ['1 -> 2', '1 -> 3', '2 -> 1'],
    );
    expect(validateGraphForSave(graph)).toBe(CYCLE_MESSAGE);
  });

  it('refuses an empty graph for its missing trigger', () => {
    expect(validateGraphForSave({})).toBe(TRIGGER_COUNT_MESSAGE);
  });

  it('refuses two triggers before looking at connections', () => {
    // 1(trigger) ─┬▶ 3      2(trigger)
    //             └▶ 4
    const graph = buildGraph(
      [trigger(1), trigger(2), action(3), action(4)],
      ['1 -> 3', '1 -> 4'],
    );
    expect(validateGraphForSave(graph)).toBe(TRIGGER_COUNT_MESSAGE);
  });

  it('refuses several connections from one output last', () => {
    // 1(trigger) ─┬▶ 2
    //             └▶ 3
    const graph = buildGraph(
      [trigger(1), action(2), action(3)],
      ['1 -> 2', '1 -> 3'],
    );
    expect(validateGraphForSave(graph)).toBe(MULTIPLE_CONNECTION_MESSAGE);
  });

  it('accepts a concurrent task fanning out', () => {
    // 1(trigger) ─▶ 2(concurrent-task) ─┬▶ 3
    //                                    └▶ 4
    const graph = buildGraph(
      [trigger(1), logic(2, 'concurrent-task'), action(3), action(4)],
      ['1 -> 2', '2 -> 3', '2 -> 4'],
    );
    expect(validateGraphForSave(graph)).toBeNull();
  });
});
