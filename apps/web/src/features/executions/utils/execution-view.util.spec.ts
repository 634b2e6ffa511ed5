import type { ExecutionStep } from '../types/execution.types';
import { outcomeTone, prettyPreview, statusesAt, stepsMissingFromGraph, stepTone, triggerNodeId } from './execution-view.util';

const step = (node_id: number, status: ExecutionStep['status']): ExecutionStep => ({
  node_id,
  module_id: 'm',
  status,
  started_at: '',
  finished_at: '',
  duration_ms: 1,
});

describe('execution view helpers', () => {
  it('colours outcomes and step states', () => {
    expect(outcomeTone('success')).toBe('success');
    expect(outcomeTone('blocked')).toBe('warning');
    expect(outcomeTone('failure')).toBe('danger');
    expect(outcomeTone('other')).toBe('neutral');
    expect(stepTone('skipped')).toBe('neutral');
    expect(stepTone('failure')).toBe('danger');
  });

  it('replays node states step by step, the latest state of a node winning', () => {
    const steps = [step(2, 'success'), step(3, 'skipped'), step(2, 'failure'), step(5, 'blocked')];
    expect(statusesAt(steps, 0)).toEqual({});
    expect(statusesAt(steps, 2)).toEqual({ '2': 'success', '3': 'skipped' });
    expect(statusesAt(steps, 3)).toEqual({ '2': 'failure', '3': 'skipped' });
    expect(statusesAt(steps, 99)).toEqual({ '2': 'failure', '3': 'skipped', '5': 'blocked' });
    expect(statusesAt(steps, -1)).toEqual({});
  });

  it('lists step nodes the graph no longer has', () => {
    const graph = { '1': {}, '2': {}, _frames: {} };
    expect(stepsMissingFromGraph([step(2, 'success'), step(7, 'success'), step(7, 'failure')], graph)).toEqual([7]);
    expect(stepsMissingFromGraph([step(2, 'success')], null)).toEqual([2]);
  });

  it('pretty-prints complete JSON previews only', () => {
    expect(prettyPreview('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyPreview('{"a":1, "b": "trunc')).toBe('{"a":1, "b": "trunc');
  });

  it('finds the trigger node of a stored graph', () => {
    expect(triggerNodeId({ '4': { data: { module_type: 'action' } }, '1': { data: { module_type: 'trigger' } } })).toBe('1');
    expect(triggerNodeId({ _frames: {} })).toBeNull();
    expect(triggerNodeId(null)).toBeNull();
  });
});
