import { defineModule, param, when } from '@misp-wf/sdk';

export const FILTER_LABELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * Filter :: Generic (spec §6.6). The engine adds the filter to the roaming data itself (it owns the filter
 * chain and `_unfilteredData`), so this `run` only exists to satisfy the SDK and follows `output_1`.
 */
export const genericFilterData = defineModule({
  id: 'generic-filter-data',
  version: '0.2.0',
  type: 'logic',
  name: 'Filter :: Generic',
  description: 'Generic data filtering block. The module filters incoming data and forward the matching data to its output.',
  icon: 'filter',
  outputs: 1,
  params: {
    'filtering-label': param.select({
      label: 'Filtering Label',
      default: 'A',
      options: FILTER_LABELS.map((l) => ({ value: l, label: `Label ${l}` })),
    }),
    selector: param.hashPath({ label: 'Data selector', placeholder: 'Event._AttributeFlattened.{n}' }),
    value: param.input({
      label: 'Value',
      placeholder: 'tlp:white',
      displayOn: { operator: ['in', 'not_in', 'equals', 'not_equals'] },
    }),
    value_list: param.picker({ label: 'Value list', allowCreate: true, displayOn: { operator: ['in_or'] } }),
    operator: param.select({
      label: 'Operator',
      default: 'in',
      options: [
        { value: 'in', label: 'In' },
        { value: 'not_in', label: 'Not in' },
        { value: 'equals', label: 'Equals' },
        { value: 'not_equals', label: 'Not equals' },
        { value: 'any_value', label: 'Any value' },
        { value: 'in_or', label: 'Any value from' },
      ],
    }),
    hash_path: param.hashPath({ label: 'Hash path', placeholder: 'Tag.name', subSelector: true }),
  },
  run: () => when(true),
});
