export type PickerOption = { value: string; label: string };
export type PreparedOption = PickerOption & { search: string };

/** Lower-cases once per option list, so each keystroke is one pass of `includes` (20,000 tags stay fast). */
export function prepareOptions(options: readonly PickerOption[]): PreparedOption[] {
  return options.map((o) => ({ ...o, search: `${o.label}\u0000${o.value}`.toLowerCase() }));
}

/**
 * Options matching the query (label or value, case-insensitive), prefix matches first, selected ones left
 * out, at most `limit` returned: the list renders a bounded number of rows whatever the option count.
 */
export function filterOptions(args: { options: readonly PreparedOption[]; query: string; selected: readonly string[]; limit: number }): { shown: PreparedOption[]; total: number } {
  const q = args.query.trim().toLowerCase();
  const selected = new Set(args.selected);
  const prefix: PreparedOption[] = [];
  const other: PreparedOption[] = [];
  let total = 0;
  for (const option of args.options) {
    if (selected.has(option.value)) continue;
    if (q === '') {
      total += 1;
      if (prefix.length < args.limit) prefix.push(option);
      continue;
    }
    const at = option.search.indexOf(q);
    if (at < 0) continue;
    total += 1;
    if (at === 0) {
      if (prefix.length < args.limit) prefix.push(option);
    } else if (other.length < args.limit) other.push(option);
  }
  return { shown: [...prefix, ...other].slice(0, args.limit), total };
}
