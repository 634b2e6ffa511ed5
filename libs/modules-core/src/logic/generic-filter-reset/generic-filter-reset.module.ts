import { defineModule, param, when } from '@misp-wf/sdk';
import { FILTER_LABELS } from '../generic-filter-data/generic-filter-data.module';

/**
 * Filter :: Remove filter (spec §6.6). The engine restores `_unfilteredData` itself (including MISP's quirk that
 * removing one label removes them all), so this `run` only exists to satisfy the SDK and follows `output_1`.
 */
export const genericFilterReset = defineModule({
  id: 'generic-filter-reset',
  version: '0.1.0',
  type: 'logic',
  name: 'Filter :: Remove filter',
  description: 'Reset filtering',
  icon: 'redo-alt',
  outputs: 1,
  params: {
    'filtering-label': param.select({
      label: 'Filtering Label to remove',
      default: 'all',
      options: [{ value: 'all', label: 'All filters' }, ...FILTER_LABELS.map((l) => ({ value: l, label: `Label ${l}` }))],
    }),
  },
  run: () => when(true),
});
