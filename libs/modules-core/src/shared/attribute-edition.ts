import { fail, ok, type ModuleContext, type ModuleResult } from '@misp-wf/sdk';
import { MispSaves } from './misp-outcomes';
import { recordValues, textField, withAttribute, type JsonRecord } from './roaming-records';

/**
 * MISP's `Module_attribute_edition_operation::__saveAttributes`, the base of the IDS flag and comment
 * operations: each matching attribute is saved with the changed fields (`POST /attributes/edit/{id}`, no
 * `timestamp`, so MISP does not refuse the edit as stale), and each saved one is written back into the roaming
 * data as MISP's `_overrideAttribute` does: without its `timestamp`. Succeeds when at least one save did;
 * no matching attribute is a failure, as in MISP.
 */
export async function editAttributes(ctx: Pick<ModuleContext, 'filteredItems' | 'data' | 'misp' | 'log'>, changes: JsonRecord): Promise<ModuleResult> {
  // MISP's "the filter selector could not be applied": nothing to do.
  if (ctx.filteredItems === false) return ok();
  const attributes = recordValues(ctx.filteredItems);
  if (attributes.length === 0) return fail('No attribute matched');
  const saves = new MispSaves();
  let data = ctx.data.get();
  for (const attribute of attributes) {
    const id = textField(attribute, 'id');
    const saved = await saves.attempt(() => ctx.misp.request({ method: 'POST', path: `/attributes/edit/${id}`, body: changes }));
    if (saved) data = withAttribute(data, id, (current) => ({ ...withoutTimestamp(current), ...changes }));
  }
  if (saves.anySucceeded) ctx.data.set(data);
  saves.logFailures(ctx.log);
  return saves.result('No attribute matched');
}

function withoutTimestamp(attribute: JsonRecord): JsonRecord {
  return Object.fromEntries(Object.entries(attribute).filter(([key]) => key !== 'timestamp'));
}
