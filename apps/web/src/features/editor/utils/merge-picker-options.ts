import type { PickerOption } from './option-filter';

/**
 * The options a sourced picker shows: the module's own (`ALL`, `All admins`…) first, then the API's matches,
 * each value once; plus the picked values with the label an earlier answer gave them, so chips keep their
 * names ("CIRCL", not "3") whatever the current search returned.
 */
export function mergePickerOptions(args: {
  staticOptions: readonly PickerOption[];
  fetched: readonly PickerOption[];
  selected: readonly string[];
  labelsSeen: ReadonlyMap<string, string>;
}): PickerOption[] {
  const seen = new Set<string>();
  const out: PickerOption[] = [];
  const add = (o: PickerOption) => {
    if (seen.has(o.value)) return;
    seen.add(o.value);
    out.push(o);
  };
  args.staticOptions.forEach(add);
  args.fetched.forEach(add);
  for (const value of args.selected) {
    const label = args.labelsSeen.get(value);
    if (label !== undefined) add({ value, label });
  }
  return out;
}
