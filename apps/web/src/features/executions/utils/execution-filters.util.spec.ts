import type { ExecutionSummary } from '../types/execution.types';
import { executionFiltersToSearch, readExecutionFilters, resolveRange, rowsOutsideRange, type ExecutionFilters } from './execution-filters.util';

const none: ExecutionFilters = { page: 1, workflow_id: '', trigger_id: '', outcome: '', range: '', from: '', to: '' };

describe('execution filters in the address bar', () => {
  it('reads and round-trips every filter', () => {
    const filters: ExecutionFilters = {
      page: 2,
      workflow_id: 'w1',
      trigger_id: 'event-publish',
      outcome: 'blocked',
      range: 'custom',
      from: '2026-11-20T08:00',
      to: '2026-11-21T18:30',
    };
    const search = executionFiltersToSearch(filters);
    expect(search).toBe('?workflow_id=w1&trigger_id=event-publish&outcome=blocked&range=custom&from=2026-11-20T08%3A00&to=2026-11-21T18%3A30&page=2');
    expect(readExecutionFilters(new URLSearchParams(search))).toEqual(filters);
  });

  it('drops unknown outcomes and ranges, and custom bounds without the custom range', () => {
    expect(readExecutionFilters(new URLSearchParams('outcome=maybe&range=forever&from=2026-01-01T00:00'))).toEqual(none);
    expect(readExecutionFilters(new URLSearchParams('range=24h&from=x'))).toEqual({ ...none, range: '24h' });
    expect(executionFiltersToSearch({ ...none, range: '7d', from: 'ignored' })).toBe('?range=7d');
    expect(executionFiltersToSearch(none)).toBe('');
  });
});

describe('time ranges', () => {
  const now = Date.parse('2026-11-22T12:00:00.000Z');

  it('turns presets into a start time relative to now', () => {
    expect(resolveRange({ range: '1h', from: '', to: '' }, now)).toEqual({ from: '2026-11-22T11:00:00.000Z' });
    expect(resolveRange({ range: '7d', from: '', to: '' }, now)).toEqual({ from: '2026-11-15T12:00:00.000Z' });
    expect(resolveRange({ range: '', from: 'x', to: 'y' }, now)).toEqual({});
  });

  it('reads custom bounds as local time and leaves bad ones open', () => {
    const range = resolveRange({ range: 'custom', from: '2026-11-20T08:00', to: 'nonsense' }, now);
    expect(range).toEqual({ from: new Date(2026, 10, 20, 8, 0).toISOString() });
  });

  it('finds the rows an API returned outside the range', () => {
    const row = (id: string, started_at: string) => ({ id, started_at }) as ExecutionSummary;
    const rows = [row('a', '2026-11-22T11:30:00Z'), row('b', '2026-11-22T09:00:00Z'), row('c', '2026-11-22T12:30:00Z')];
    expect([...rowsOutsideRange(rows, { from: '2026-11-22T11:00:00Z', to: '2026-11-22T12:00:00Z' })]).toEqual(['b', 'c']);
    expect(rowsOutsideRange(rows, {}).size).toBe(0);
  });
});
