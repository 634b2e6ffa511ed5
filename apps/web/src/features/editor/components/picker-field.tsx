'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { filterOptions, prepareOptions, type PickerOption } from '../utils/option-filter';

const MAX_SHOWN = 50;

type Props = {
  id: string;
  label: string;
  value: string[];
  options: readonly PickerOption[];
  /** Free entries are accepted (MISP `picker_create_new`, or no option list is available). */
  allowCreate: boolean;
  placeholder?: string;
  disabled?: boolean;
  describedBy?: string;
  onChange: (value: string[]) => void;
  /** Told what the user types, for pickers whose options are searched on the server. */
  onQueryChange?: (query: string) => void;
  /** A search for more options is under way. */
  loading?: boolean;
  /** Matches the server holds beyond the options passed in (it answers a bounded number per search). */
  unloadedMatches?: number;
};

/**
 * A multiple picker with search-as-you-type. Only the first matches are rendered (MISP#10269: thousands of
 * tags made MISP's picker unusable), so typing stays fast whatever the option count.
 */
export function PickerField({ id, label, value, options, allowCreate, placeholder, disabled, describedBy, onChange, onQueryChange, loading = false, unloadedMatches = 0 }: Props) {
  const [query, setQueryState] = useState('');
  const setQuery = (q: string) => {
    setQueryState(q);
    onQueryChange?.(q);
  };
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const prepared = useMemo(() => prepareOptions(options), [options]);
  const labels = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const { shown, total } = useMemo(() => filterOptions({ options: prepared, query, selected: value, limit: MAX_SHOWN }), [prepared, query, value]);
  const matches = total + unloadedMatches;
  const trimmed = query.trim();
  const canCreate = allowCreate && trimmed !== '' && !value.includes(trimmed) && !shown.some((o) => o.value === trimmed);

  const add = (v: string) => {
    if (!value.includes(v)) onChange([...value, v]);
    setQuery('');
    setActive(0);
  };
  const remove = (v: string) => onChange(value.filter((x) => x !== v));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(shown.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = open ? shown[active] : undefined;
      if (option && (!canCreate || option.value.toLowerCase().startsWith(trimmed.toLowerCase()))) add(option.value);
      else if (canCreate) add(trimmed);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      remove(value[value.length - 1] ?? '');
    }
  };

  return (
    <div className="picker">
      {value.length > 0 && (
        <ul className="picker__chips" aria-label={`${label}: selected`}>
          {value.map((v) => (
            <li key={v} className="picker__chip">
              <span>{labels.get(v) ?? v}</span>
              {!disabled && (
                <button type="button" aria-label={`Remove ${labels.get(v) ?? v}`} onClick={() => remove(v)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-busy={loading}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={query}
        disabled={disabled}
        placeholder={placeholder ?? (allowCreate ? 'Type and press Enter' : 'Search…')}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (shown.length > 0 || canCreate || loading) && (
        <ul id={listId} role="listbox" className="picker__list" aria-label={`${label}: options`}>
          {shown.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'picker__option picker__option--active' : 'picker__option'}
              // mousedown, not click: the input keeps focus and its blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                add(o.value);
              }}
            >
              {o.label}
            </li>
          ))}
          {canCreate && (
            <li role="option" aria-selected={false} className="picker__option picker__option--create" onMouseDown={(e) => (e.preventDefault(), add(trimmed))}>
              Add “{trimmed}”
            </li>
          )}
          {loading && (
            <li role="presentation" className="picker__more picker__more--loading">
              Searching…
            </li>
          )}
          {!loading && matches > shown.length && (
            <li role="presentation" className="picker__more">
              Showing {shown.length} of {matches}: keep typing to narrow the list
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
