import { ALL_MODULES, CONCURRENT_TASK, STOP_EXECUTION } from '../__fixtures__/modules.fixture';
import { mispTlpRedGraph } from '../__fixtures__/graphs.fixture';
import type { WorkflowView } from '../types/api.types';
import { withParam } from '../utils/param-values';
import { editorStore, selectIsDirty } from './editor-store';

const workflow = (data: Record<string, unknown>): WorkflowView => ({
  id: 'w1',
  name: 'W',
  description: '',
  trigger_id: 'enrichment-before-query',
  debug_enabled: false,
  counter: 0,
  timestamp: 0,
  created_at: '',
  updated_at: '',
  data,
});

const s = () => editorStore.getState();

beforeEach(() => s().load({ workflow: workflow(mispTlpRedGraph()), modules: ALL_MODULES }));

describe('editor store', () => {
  it('loads a workflow clean and saves it back verbatim', () => {
    expect(selectIsDirty(s())).toBe(false);
    expect(s().graph()).toEqual(mispTlpRedGraph());
  });

  it('adds a node, connects it, and undoes/redoes both steps', () => {
    const id = s().addModuleNode({ module: CONCURRENT_TASK, position: { x: 100.4, y: 200.6 } });
    expect(id).toBe('55');
    expect(s().connect({ source: '53', sourceHandle: 'output_2', target: id, targetHandle: 'input_1' })).toEqual({ ok: true });
    expect(selectIsDirty(s())).toBe(true);
    expect(s().graph()['55']).toMatchObject({ pos_x: 100, pos_y: 201, inputs: { input_1: { connections: [{ node: '53', input: 'output_2' }] } } });
    s().undo();
    expect(s().edges).toHaveLength(2);
    s().undo();
    expect(s().nodes.map((n) => n.id)).toEqual(['1', '53', '54']);
    expect(selectIsDirty(s())).toBe(false);
    s().redo();
    s().redo();
    expect(s().edges).toHaveLength(3);
    expect(selectIsDirty(s())).toBe(true);
  });

  it('refuses a loop and a second connection from one output, without touching the graph', () => {
    const before = s().revision;
    expect(s().connect({ source: '54', sourceHandle: 'output_1', target: '53', targetHandle: 'input_1' })).toMatchObject({ ok: false });
    const stop2 = s().addModuleNode({ module: STOP_EXECUTION, position: { x: 0, y: 0 } });
    const result = s().connect({ source: '53', sourceHandle: 'output_1', target: stop2, targetHandle: 'input_1' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('already connected');
    expect(s().edges).toHaveLength(2);
    expect(s().revision).not.toBe(before);
  });

  it('deletes the selection in one undoable step and never the trigger', () => {
    s().selectOnly(['1', '53']);
    expect(s().removeSelection()).toBe(1);
    expect(s().nodes.map((n) => n.id)).toEqual(['1', '54']);
    expect(s().edges).toEqual([]);
    s().undo();
    expect(s().nodes.map((n) => n.id)).toEqual(['1', '53', '54']);
    expect(s().edges).toHaveLength(2);
  });

  it('records a drag as one step when it ends', () => {
    const past = s().past.length;
    s().onNodesChange([{ type: 'position', id: '54', position: { x: 410, y: 70 }, dragging: true }]);
    s().onNodesChange([{ type: 'position', id: '54', position: { x: 420, y: 80 }, dragging: true }]);
    expect(s().past.length).toBe(past);
    s().onNodesChange([{ type: 'position', id: '54', position: { x: 430, y: 90 }, dragging: false }]);
    expect(s().past.length).toBe(past + 1);
    expect(s().graph()['54']).toMatchObject({ pos_x: 430, pos_y: 90 });
    s().undo();
    expect(s().graph()['54']).toMatchObject({ pos_x: 406.05, pos_y: 64 });
  });

  it('coalesces typing in one field into one undo step', () => {
    const past = s().past.length;
    for (const text of ['S', 'St', 'Sto', 'Stop']) s().updateStoredNode({ nodeId: '54', update: (n) => withParam(n, 'message', text), coalesceKey: 'message' });
    expect(s().past.length).toBe(past + 1);
    expect(s().graph()['54']).toMatchObject({ data: { indexed_params: { message: 'Stop' } } });
    s().undo();
    expect(s().graph()['54']).toMatchObject({ data: { indexed_params: { message: 'Execution stopped' } } });
  });

  it('copies and pastes the selection with fresh ids', () => {
    s().selectOnly(['53', '54']);
    expect(s().copy()).toBe(2);
    expect(s().paste()).toBe(2);
    expect(s().nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['55', '56']);
    expect(s().edges.map((e) => e.id)).toContain('55:output_1->56:input_1');
  });

  it('lays the graph out left to right from the trigger', () => {
    s().autoLayout();
    const x = Object.fromEntries(s().nodes.map((n) => [n.id, n.position.x]));
    expect(x['1']).toBe(0);
    expect((x['53'] ?? 0) > (x['1'] ?? 0) && (x['54'] ?? 0) > (x['53'] ?? 0)).toBe(true);
  });

  it("says so when the graph has no trigger (MISP: Workflow doesn't have a trigger.)", () => {
    s().load({ workflow: workflow({}), modules: ALL_MODULES });
    expect(s().notice).toEqual({ kind: 'error', text: "Workflow doesn't have a trigger." });
    s().load({ workflow: workflow(mispTlpRedGraph()), modules: ALL_MODULES });
    expect(s().notice).toBeNull();
  });

  it('marks the current revision saved', () => {
    s().addModuleNode({ module: STOP_EXECUTION, position: { x: 0, y: 0 } });
    s().markSaved({ workflow: workflow(s().graph()), revision: s().revision });
    expect(selectIsDirty(s())).toBe(false);
  });
});
