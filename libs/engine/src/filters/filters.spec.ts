import { action, buildGraph, logic, trigger } from '../run/__fixtures__/graph-builder';
import { portsFor, recorder } from '../run/__fixtures__/test-modules';
import type { EngineModule, RoamingRecord } from '../run/run.types';
import { walkGraph } from '../run/walk-graph';
import { applyFilters } from './apply-filters';
import { addFilter, resetFilters } from './filter-nodes';

const workflow = { id: '1', name: 'wf' };
const attrs = [
  { id: '1', value: 'a', Tag: [{ name: 'tlp:white' }] },
  { id: '2', value: 'b', Tag: [{ name: 'tlp:red' }] },
  { id: '3', value: 'c', Tag: [{ name: 'tlp:white' }] },
];
const event = (): RoamingRecord => ({ Event: { id: '9', _AttributeFlattened: attrs } });
const whiteFilter = { 'filtering-label': 'A', selector: 'Event._AttributeFlattened.{n}', hash_path: 'Tag.{n}.name', operator: 'in', value: 'tlp:white' };
const flattened = (d: RoamingRecord) => (d['Event'] as { _AttributeFlattened: unknown })._AttributeFlattened;

describe('filters (spec §6.6)', () => {
  it('applyFilters narrows the list at the selector and keeps keys; the stored data is untouched', () => {
    const data = addFilter(event(), 'A', { selector: 'Event._AttributeFlattened.{n}', path: 'Tag.{n}.name', operator: 'in', value: 'tlp:white' });
    const view = applyFilters(data);
    expect(flattened(view)).toEqual({ 0: attrs[0], 2: attrs[2] });
    expect(flattened(data)).toBe(attrs);
  });

  it('several filters apply in insertion order; re-using a label keeps its position', () => {
    let data = addFilter(event(), 'A', { selector: 'Event._AttributeFlattened', path: 'Tag.{n}.name', operator: 'in', value: 'tlp:white' });
    data = addFilter(applyFilters(data), 'B', { selector: 'Event._AttributeFlattened', path: 'value', operator: 'equals', value: 'c' });
    expect(Object.keys(data['enabledFilters'] as object)).toEqual(['A', 'B']);
    expect(flattened(applyFilters(data))).toEqual({ 2: attrs[2] });
    data = addFilter(data, 'A', { selector: 'Event._AttributeFlattened', path: 'value', operator: 'equals', value: 'zzz' });
    expect(Object.keys(data['enabledFilters'] as object)).toEqual(['A', 'B']);
  });

  it('the snapshot is taken at the first filter only and has no filters in it', () => {
    const first = addFilter(event(), 'A', { selector: 'x', path: '', operator: 'in', value: 1 });
    const second = addFilter(first, 'B', { selector: 'y', path: '', operator: 'in', value: 1 });
    expect(second['_unfilteredData']).toEqual(event());
  });

  it('reset restores the snapshot: one label removes all filters (quirk kept)', () => {
    const data = addFilter(addFilter(event(), 'A', { selector: 'x', path: '', operator: 'in', value: 1 }), 'B', { selector: 'y', path: '', operator: 'in', value: 1 });
    const reset = resetFilters(data, 'A');
    expect(reset).toEqual({ ok: true, data: event() });
  });

  it('reset `all` without any filter wipes the data as MISP does; a letter label is an error instead of a crash', () => {
    expect(resetFilters(event(), 'all')).toEqual({ ok: true, data: { enabledFilters: [] } });
    expect(resetFilters(event(), 'A')).toEqual({ ok: false, error: expect.stringContaining('no filter') });
  });

  // 1(trigger) ─▶ 2(filter A: tlp:white) ─▶ 3(recorder) ─▶ 4(editor: sets data) ─▶ 5(reset all) ─▶ 6(recorder)
  it('in a walk: modules see the filtered view, edits made while filtered are lost at reset', async () => {
    const inside = recorder('inside');
    const after = recorder('after');
    const editor: EngineModule = {
      id: 'editor',
      type: 'action',
      blocking: false,
      exec: (ctx) => {
        const d = ctx.getData();
        ctx.setData({ ...d, edited: true });
        return { kind: 'ok' };
      },
    };
    const graph = buildGraph(
      [trigger(1), logic(2, 'generic-filter-data', whiteFilter), action(3, 'inside'), action(4, 'editor'), logic(5, 'generic-filter-reset', { 'filtering-label': 'all' }), action(6, 'after')],
      [[1, 2], [2, 3], [3, 4], [4, 5], [5, 6]],
    );
    const r = await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: event(), ports: portsFor([inside.module, editor, after.module]) });
    expect(r.success).toBe(true);
    expect(flattened(inside.seen[0])).toEqual({ 0: attrs[0], 2: attrs[2] });
    expect(after.seen[0]).toEqual({ ...event(), enabledFilters: [] });
    expect(after.seen[0]['edited']).toBeUndefined();
  });

  it('a disabled filter node is skipped and the walk continues on output_1', async () => {
    const next = recorder('next');
    const graph = buildGraph([trigger(1), logic(2, 'generic-filter-data', whiteFilter), action(3, 'next')], [[1, 2], [2, 3]]);
    await walkGraph({ graph, workflow, startNodeId: 1, pathType: 'blocking', data: event(), ports: portsFor([next.module], { disabled: ['generic-filter-data'] }) });
    expect(next.seen[0]).toEqual(event());
  });
});
