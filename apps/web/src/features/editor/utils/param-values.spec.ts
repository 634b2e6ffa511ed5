import { param } from '../__fixtures__/modules.fixture';
import { bareNode } from '../__fixtures__/graphs.fixture';
import type { StoredNode } from '../types/workflow-graph.types';
import { isParamVisible, paramValue, withParam } from './param-values';

const node = (params: Record<string, unknown> | unknown[]): StoredNode => bareNode(2, 'generic-if', 'logic', [], params);

const operator = param({ id: 'operator', type: 'select', default: 'in' });
const value = param({ id: 'value', type: 'input', display_on: { operator: ['in', 'not_in', 'equals', 'not_equals'] } });
const valueList = param({ id: 'value_list', type: 'picker', display_on: { operator: ['in_or'] } });
const params = [operator, value, valueList];

describe('paramValue', () => {
  it.each([
    ['the node value', { operator: 'equals' }, operator, 'equals'],
    ['the default when the node has none', [], operator, 'in'],
    ['[] for a picker without default', [], valueList, []],
    ['"" for an input without default', [], value, ''],
    ['false for a checkbox without default', [], param({ id: 'c', type: 'checkbox' }), false],
    ['"" kept as set (only null is replaced, spec §6.3)', { operator: '' }, operator, ''],
  ])('%s', (_name, stored, p, expected) => {
    expect(paramValue(node(stored), p)).toEqual(expected);
  });
});

describe('isParamVisible (display_on)', () => {
  it.each([
    ['in', true, false],
    ['in_or', false, true],
    ['any_value', false, false],
  ])('operator %s → value shown %s, value_list shown %s', (op, valueShown, listShown) => {
    const n = node({ operator: op });
    expect(isParamVisible({ param: value, node: n, params })).toBe(valueShown);
    expect(isParamVisible({ param: valueList, node: n, params })).toBe(listShown);
  });

  it('falls back to the other param\'s default', () => {
    expect(isParamVisible({ param: value, node: node([]), params })).toBe(true);
  });

  it('matches a list value against the configured ones', () => {
    const p = param({ id: 'sg', type: 'picker', display_on: { distribution: ['4'] } });
    expect(isParamVisible({ param: p, node: node({ distribution: ['4'] }), params: [p] })).toBe(true);
    expect(isParamVisible({ param: p, node: node({ distribution: '0' }), params: [p] })).toBe(false);
  });

  it('always shows a param without display_on', () => {
    expect(isParamVisible({ param: operator, node: node([]), params })).toBe(true);
  });
});

describe('withParam', () => {
  it('turns PHP\'s empty list into a map and keeps other params', () => {
    expect(withParam(node([]), 'value', 'x').data.indexed_params).toEqual({ value: 'x' });
    expect(withParam(node({ operator: 'in' }), 'value', 'x').data.indexed_params).toEqual({ operator: 'in', value: 'x' });
  });
});
