import type { LiveEvent } from '../../live/live-events.types';
import { applyLiveEvent, EMPTY_TRACE, traceFromExecution, type TraceState } from './trace-reducer';

const started = (execution_id: string, seq = 0): LiveEvent => ({ type: 'execution:started', payload: { execution_id, workflow_id: 'w', trigger_id: 'event-publish', seq, at: '' } });
const nodeStarted = (execution_id: string, node_id: number, seq: number): LiveEvent => ({ type: 'node:started', payload: { execution_id, node_id, module_id: 'm', seq, at: '' } });
const nodeFinished = (execution_id: string, node_id: number, seq: number, status: 'success' | 'blocked' = 'success'): LiveEvent => ({
  type: 'node:finished',
  payload: { execution_id, node_id, module_id: 'm', status, duration_ms: 4, seq, data_preview: '{"Event":{}}' },
});
const finished = (execution_id: string, seq: number): LiveEvent => ({ type: 'execution:finished', payload: { execution_id, outcome: 'blocked', errors: ['stopped'], duration_ms: 9, seq } });

const fold = (events: LiveEvent[], from: TraceState = EMPTY_TRACE) => events.reduce(applyLiveEvent, from);

describe('applyLiveEvent', () => {
  it('follows a run: nodes go running → finished, the outcome arrives last', () => {
    const mid = fold([started('e1'), nodeStarted('e1', 1, 1), nodeFinished('e1', 1, 2), nodeStarted('e1', 3, 3)]);
    expect(mid.phase).toBe('running');
    expect(mid.nodes).toEqual({ '1': expect.objectContaining({ status: 'success', durationMs: 4, dataPreview: '{"Event":{}}' }), '3': { status: 'running', moduleId: 'm' } });
    const end = fold([nodeFinished('e1', 3, 4, 'blocked'), finished('e1', 5)], mid);
    expect(end).toMatchObject({ phase: 'finished', outcome: 'blocked', errors: ['stopped'], durationMs: 9, lastSeq: 5 });
    expect(end.nodes['3']?.status).toBe('blocked');
  });

  it('drops stale and repeated events (seq not increasing)', () => {
    const s = fold([started('e1'), nodeStarted('e1', 1, 1), nodeFinished('e1', 1, 2)]);
    expect(fold([nodeStarted('e1', 1, 1), nodeFinished('e1', 1, 2)], s)).toBe(s);
  });

  it('ignores another execution while one runs, then switches to a new run', () => {
    const s = fold([started('e1'), nodeStarted('e1', 1, 1)]);
    expect(applyLiveEvent(s, nodeStarted('e2', 7, 1))).toBe(s);
    const next = applyLiveEvent(s, started('e2'));
    expect(next).toMatchObject({ executionId: 'e2', phase: 'running', nodes: {} });
  });

  it('adopts a run joined midway once the previous one finished', () => {
    const done = fold([started('e1'), finished('e1', 1)]);
    expect(applyLiveEvent(done, nodeStarted('e2', 2, 3))).toMatchObject({ executionId: 'e2', nodes: { '2': { status: 'running' } }, lastSeq: 3 });
  });
});

describe('traceFromExecution', () => {
  it('reads a stored execution\'s steps into a finished trace that later live events cannot overwrite', () => {
    const trace = traceFromExecution({
      id: 'e9',
      workflow_id: 'w',
      trigger_id: 'event-publish',
      source: 'manual',
      outcome: 'blocked',
      outcome_text: 'blocked',
      success: false,
      errors: ['x'],
      started_at: '',
      finished_at: '',
      duration_ms: 12,
      steps: [{ node_id: 2, module_id: 'tag-if', status: 'success', started_at: '', finished_at: '', duration_ms: 1, output: 'output_1' }],
    });
    expect(trace).toMatchObject({ executionId: 'e9', phase: 'finished', outcome: 'blocked', origin: 'record', nodes: { '2': { status: 'success', output: 'output_1' } } });
    expect(applyLiveEvent(trace, nodeStarted('e9', 2, 5))).toBe(trace);
  });
});
