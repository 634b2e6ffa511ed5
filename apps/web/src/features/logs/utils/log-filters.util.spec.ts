import { DEFAULT_LOG_PAGE_SIZE, logFiltersToSearch, readLogFilters } from './log-filters.util';

describe('log filters in the address bar', () => {
  it('reads filters with defaults', () => {
    expect(readLogFilters(new URLSearchParams(''))).toEqual({ page: 1, limit: DEFAULT_LOG_PAGE_SIZE, model: '', action: '', model_id: '' });
    expect(readLogFilters(new URLSearchParams('page=3&limit=10&model=Workflow&action=%20execute_workflow%20&model_id=w1'))).toEqual({
      page: 3,
      limit: 10,
      model: 'Workflow',
      action: 'execute_workflow',
      model_id: 'w1',
    });
  });

  it('ignores junk page numbers and page sizes the UI does not offer', () => {
    expect(readLogFilters(new URLSearchParams('page=-2&limit=7'))).toMatchObject({ page: 1, limit: DEFAULT_LOG_PAGE_SIZE });
    expect(readLogFilters(new URLSearchParams('page=1.5&limit=abc'))).toMatchObject({ page: 1, limit: DEFAULT_LOG_PAGE_SIZE });
  });

  it('round-trips and leaves defaults out', () => {
    const filters = { page: 2, limit: 25, model: 'Workflow', action: '', model_id: '' };
    const search = logFiltersToSearch(filters);
    expect(search).toBe('?model=Workflow&limit=25&page=2');
    expect(readLogFilters(new URLSearchParams(search))).toEqual(filters);
    expect(logFiltersToSearch({ page: 1, limit: DEFAULT_LOG_PAGE_SIZE, model: '', action: '', model_id: '' })).toBe('');
  });
});
