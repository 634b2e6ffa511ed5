import { prepareOptions, searchOptions } from './option-search';

describe('prepareOptions / searchOptions', () => {
  it('sorts by label case-insensitively and drops empty and repeated values', () => {
    const list = prepareOptions([
      { value: 'b', label: 'beta' },
      { value: 'a', label: 'Alpha' },
      { value: '', label: 'nothing' },
      { value: 'b', label: 'beta again' },
      { value: 'c', label: 'charlie' },
    ]);
    expect(list.items.map((o) => o.value)).toEqual(['a', 'b', 'c']);
  });

  it('matches label or value case-insensitively, prefix matches first, total counting every match', () => {
    const list = prepareOptions([
      { value: '1', label: 'ORGNAME' },
      { value: '2', label: 'CERT-EU' },
      { value: '3', label: 'CIRCL' },
      { value: '12', label: 'Other org' },
    ]);
    expect(searchOptions(list, 'org', 10)).toEqual({ total: 2, data: [{ value: '1', label: 'ORGNAME' }, { value: '12', label: 'Other org' }] });
    // "1" is the start of two values: both are prefix matches, in list order.
    expect(searchOptions(list, '1', 10).data.map((o) => o.value)).toEqual(['1', '12']);
    expect(searchOptions(list, '  cert ', 10).data).toEqual([{ value: '2', label: 'CERT-EU' }]);
    expect(searchOptions(list, 'nothing like it', 10)).toEqual({ data: [], total: 0 });
  });

  it('answers at most `limit` options whatever the number of matches, the whole list for an empty search', () => {
    const list = prepareOptions(Array.from({ length: 20_000 }, (_, i) => ({ value: `tag-${i}`, label: `tag-${String(i).padStart(5, '0')}` })));
    const all = searchOptions(list, '', 50);
    expect(all.total).toBe(20_000);
    expect(all.data).toHaveLength(50);
    expect(all.data[0]).toEqual({ value: 'tag-0', label: 'tag-00000' });
    const narrowed = searchOptions(list, 'tag-1999', 500);
    expect(narrowed.total).toBe(11);
    expect(narrowed.data.map((o) => o.label)).toEqual(['tag-01999', ...Array.from({ length: 10 }, (_, i) => `tag-1999${i}`)]);
  });
});
