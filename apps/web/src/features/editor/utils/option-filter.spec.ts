import { filterOptions, prepareOptions } from './option-filter';

const tags = Array.from({ length: 20_000 }, (_, i) => ({ value: `tag-${i}`, label: i % 2 ? `misp-galaxy:threat-actor="Actor ${i}"` : `tlp:level-${i}` }));

describe('filterOptions', () => {
  it('searches 20,000 tags per keystroke fast and returns a bounded list whatever the match count', () => {
    const prepared = prepareOptions(tags);
    const queries = ['', 'a', 'ac', 'act', 'acto', 'actor 1', 'actor 19'];
    // Best of three rounds: the budget is about the algorithm, not about a busy test machine.
    const rounds = [0, 1, 2].map(() => {
      const started = performance.now();
      for (const query of queries) filterOptions({ options: prepared, query, selected: [], limit: 50 });
      return (performance.now() - started) / queries.length;
    });
    expect(Math.min(...rounds)).toBeLessThan(30);
    const everything = filterOptions({ options: prepared, query: 'a', selected: [], limit: 50 });
    expect(everything).toMatchObject({ total: 20_000 });
    expect(everything.shown).toHaveLength(50);
    const narrow = filterOptions({ options: prepared, query: 'actor 19', selected: [], limit: 50 });
    expect(narrow.total).toBe(556);
    expect(narrow.shown.every((o) => o.label.includes('Actor 19'))).toBe(true);
  });

  it('puts prefix matches first, then other matches, case-insensitively', () => {
    const options = prepareOptions([
      { value: 'a', label: 'Has TLP inside' },
      { value: 'b', label: 'tlp:red' },
      { value: 'c', label: 'pap:red' },
    ]);
    expect(filterOptions({ options, query: 'TLP', selected: [], limit: 10 }).shown.map((o) => o.value)).toEqual(['b', 'a']);
  });

  it('matches values too and leaves selected options out', () => {
    const options = prepareOptions([
      { value: '1', label: 'ORG one' },
      { value: '2', label: 'ORG two' },
    ]);
    expect(filterOptions({ options, query: '2', selected: [], limit: 10 }).shown.map((o) => o.label)).toEqual(['ORG two']);
    expect(filterOptions({ options, query: 'org', selected: ['1'], limit: 10 })).toMatchObject({ total: 1, shown: [{ value: '2' }] });
  });
});
