'use client';

import { useMemo, useRef, useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useModuleOptions } from '../api/module-options-queries';
import { mergePickerOptions } from '../utils/merge-picker-options';
import type { PickerOption } from '../utils/option-filter';
import { PickerField } from './picker-field';

// Long enough to skip the keystrokes of a word typed at speed, short enough to feel immediate.
const SEARCH_DEBOUNCE_MS = 200;

type Props = {
  id: string;
  label: string;
  /** The manifest's `options_source`: `tags`, `organisations`, … */
  source: string;
  value: string[];
  /** Options the module declares itself (`ALL`, `All admins`…), shown before the fetched ones. */
  staticOptions: readonly PickerOption[];
  /** The module accepts free entries (`picker_create_new`). */
  allowCreate: boolean;
  placeholder?: string;
  disabled?: boolean;
  describedBy?: string;
  onChange: (value: string[]) => void;
};

/**
 * A picker whose options the API reads from MISP (or the enrichment service) as the user types: the search
 * is debounced and sent to `GET /modules/options/:source`, which answers a bounded number of matches, so
 * 20,000 tags never reach the browser. When the list cannot be had, typed values are accepted and the
 * reason is shown under the field.
 */
export function SourcedPickerField({ id, label, source, value, staticOptions, allowCreate, placeholder, disabled, describedBy, onChange }: Props) {
  const [query, setQuery] = useState('');
  const search = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const result = useModuleOptions(source, search);
  const answer = result.data;

  // Labels seen in any answer, so a picked organisation stays "CIRCL" (not "3") after the search moves on.
  const labelsSeen = useRef(new Map<string, string>());
  const options = useMemo(() => {
    for (const o of answer?.data ?? []) labelsSeen.current.set(o.value, o.label);
    return mergePickerOptions({ staticOptions, fetched: answer?.data ?? [], selected: value, labelsSeen: labelsSeen.current });
  }, [answer, staticOptions, value]);

  const failure = result.isError ? `The ${source} list is unavailable: ${result.error.message}` : undefined;
  const warning = failure ?? answer?.warning;
  const unavailable = result.isError || (answer?.warning !== undefined && answer.data.length === 0);
  // Typed values are refused only once the list is known to be there: before the first answer, or when it
  // cannot be loaded, a value typed by hand is all the user has.
  const acceptTyped = allowCreate || unavailable || answer === undefined;
  const loading = result.isFetching || query.trim() !== search;
  const unloadedMatches = answer ? Math.max(0, answer.total - answer.data.length) : 0;

  return (
    <>
      <PickerField
        id={id}
        label={label}
        value={value}
        options={options}
        allowCreate={acceptTyped}
        placeholder={placeholder}
        disabled={disabled}
        describedBy={describedBy}
        onChange={onChange}
        onQueryChange={setQuery}
        loading={loading}
        unloadedMatches={unloadedMatches}
      />
      {warning && (
        // One short line under the field; the reason (often a long MISP error) only when asked for.
        <details className="picker__notice" role="status">
          <summary>{unavailable ? `No ${source} list: type a value and press Enter` : `Showing an older ${source} list`}</summary>
          <span className="picker__reason">{warning}</span>
        </details>
      )}
    </>
  );
}
