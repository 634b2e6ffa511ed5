import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { eventOf, listValues, recordValues, textField, withAttribute, type JsonRecord } from '../../shared/roaming-records';

/**
 * Attach enrichment (spec §12.6, misp-modules-protocol.md §3): queries each selected enrichment module for
 * each matching attribute and appends the answer's `results` (or the `{"error": …}` answer itself) to the
 * attribute's `enrichment` list, in `Event.Attribute`/`Object.Attribute` and `_AttributeFlattened`.
 * Always succeeds once a module is selected, as MISP.
 *
 * The query carries the attribute in both shapes misp-modules reads (`attribute` for misp_standard modules,
 * `<type>: <value>` for the others): the module descriptors MISP uses to choose one and to skip attributes a
 * module does not take are not available to modules here (decision 0013).
 */
export const attachEnrichment = defineModule({
  id: 'attach-enrichment',
  version: '0.3.0',
  type: 'action',
  name: 'Attach enrichment',
  description: 'Attach selected enrichment result to Attributes.',
  icon: 'asterisk',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    modules: param.picker({ label: 'Modules', optionsSource: 'enrichment-modules' }),
  },
  run: async (ctx) => {
    // Typo kept: it is MISP's observable message (spec §13.5).
    if (ctx.params.modules.length === 0) return fail('No enrichmnent module selected');
    // Blueprints saved with v0.3 store `["", "mmdb_lookup"]`; MISP drops the empty entry.
    const modules = ctx.params.modules.filter((m) => m !== '');
    let data = ctx.data.get();
    const eventId = textField(eventOf(data), 'id');
    for (const attribute of recordValues(ctx.filteredItems)) {
      for (const module of modules) {
        const answer = await ctx.enrichment.query(module, query(eventId, attribute));
        const attached = 'error' in answer || !('results' in answer) ? answer : answer['results'];
        data = withAttribute(data, textField(attribute, 'id'), (a) => ({ ...a, enrichment: [...listValues(a['enrichment']), attached] }));
      }
    }
    ctx.data.set(data);
    return ok();
  },
});

function query(eventId: string, attribute: JsonRecord): Record<string, unknown> {
  const type = textField(attribute, 'type');
  const request: Record<string, unknown> = { event_id: eventId, attribute };
  if (type !== '') request[type] = attribute['value'];
  return request;
}
