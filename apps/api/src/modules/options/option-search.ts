/** One entry of a picker's option list: the stored value and what the editor shows. */
export type OptionItem = { value: string; label: string };

/** A source's list, ready for searching: lower-cased once when loaded, not on every keystroke. */
export type PreparedOptions = { items: readonly OptionItem[]; haystacks: readonly string[] };

/**
 * Sorts by label (case-insensitive), drops repeated values and prepares the search text, so a search over
 * 20,000 tags is one `indexOf` per option.
 */
export function prepareOptions(options: readonly OptionItem[]): PreparedOptions {
  const seen = new Set<string>();
  const items: OptionItem[] = [];
  for (const option of options) {
    if (option.value === '' || seen.has(option.value)) continue;
    seen.add(option.value);
    items.push(option);
  }
  const keyed = items.map((item) => ({ item, key: item.label.toLowerCase() }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.value < b.item.value ? -1 : 1));
  return {
    items: keyed.map((k) => k.item),
    haystacks: keyed.map((k) => (k.item.label === k.item.value ? k.key : `${k.key}\u0000${k.item.value.toLowerCase()}`)),
  };
}

/**
 * The options whose label or value contains `search` (case-insensitive): those starting with it first, then
 * the others, each group in list order; `total` counts every match, `data` holds at most `limit`.
 */
export function searchOptions(list: PreparedOptions, search: string, limit: number): { data: OptionItem[]; total: number } {
  const q = search.trim().toLowerCase();
  if (q === '') return { data: list.items.slice(0, limit), total: list.items.length };
  const prefix: OptionItem[] = [];
  const inner: OptionItem[] = [];
  let total = 0;
  for (let i = 0; i < list.items.length; i++) {
    const haystack = list.haystacks[i] ?? '';
    const at = haystack.indexOf(q);
    if (at < 0) continue;
    total += 1;
    // A match at the start of the value (after the separator) counts as a prefix match too.
    const startsValue = at > 0 && haystack.charCodeAt(at - 1) === 0;
    if (at === 0 || startsValue) {
      if (prefix.length < limit) prefix.push(list.items[i] as OptionItem);
    } else if (inner.length < limit) inner.push(list.items[i] as OptionItem);
  }
  return { data: [...prefix, ...inner].slice(0, limit), total };
}
