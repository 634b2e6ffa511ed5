import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { listValues, recordValues, textField, withAttribute, withEvent } from '../../shared/roaming-records';
import { checkedValues, warninglistLookup, warningsFor } from './warninglist-hits';

/**
 * Attach warninglist (spec §12.6, blueprints.md §5.10): appends each warninglist hit of a matching attribute
 * to its `warnings` (`{value, match, warninglist_id, warninglist_name, warninglist_category}`) and replaces
 * `Event.warnings` with the lists hit (`{id, name, category}`). Always succeeds once lists are selected.
 */
export const attachWarninglist = defineModule({
  id: 'attach-warninglist',
  version: '0.2.0',
  type: 'action',
  name: 'Attach warninglist',
  description: 'Attach selected warninglist result.',
  icon: 'exclamation-triangle',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    warninglists: param.picker({ label: 'Warninglists', options: [{ value: 'ALL', label: 'ALL' }], optionsSource: 'warninglists', default: ['ALL'] }),
  },
  run: async (ctx) => {
    const selected = ctx.params.warninglists;
    if (selected.length === 0) return fail('No warninglist module selected');
    // MISP's "the filter selector could not be applied": nothing to do, and Event.warnings is left alone.
    if (ctx.filteredItems === false) return ok();
    const attributes = recordValues(ctx.filteredItems);
    const lookup = await warninglistLookup(ctx.misp, attributes.flatMap(checkedValues));
    let data = ctx.data.get();
    const eventWarnings = new Map<string, { id: string; name: string; category: string }>();
    for (const attribute of attributes) {
      const warnings = warningsFor({ attribute, selected, lookup });
      if (warnings.length === 0) continue;
      for (const w of warnings) eventWarnings.set(w.warninglist_id, { id: w.warninglist_id, name: w.warninglist_name, category: w.warninglist_category });
      data = withAttribute(data, textField(attribute, 'id'), (a) => ({ ...a, warnings: [...listValues(a['warnings']), ...warnings] }));
    }
    ctx.data.set(withEvent(data, (event) => ({ ...event, warnings: [...eventWarnings.values()] })));
    return ok();
  },
});
