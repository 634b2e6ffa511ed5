import { defineModule, fail, param } from '@misp-wf/sdk';
import { itemsOrWholeData } from '../../shared/matching-items';
import { eventOf, recordValues } from '../../shared/roaming-records';
import { applyTagChanges, attributeTarget, eventTarget, type TagTarget } from '../../shared/tag-links';

/**
 * Tag operation (spec §12.6): adds or removes tags on the event or on each matching attribute through MISP's
 * tag API, and succeeds when at least one save did, as MISP. With locality `any`, tags are attached global
 * (MISP stores `!empty(null)`) and removed whatever their locality.
 */
export const tagOperation = defineModule({
  id: 'tag_operation',
  version: '0.2.0',
  type: 'action',
  name: 'Tag operation',
  description: 'Add or remove tags on Event or Attributes.',
  icon: 'tags',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    scope: param.select({
      label: 'Scope',
      default: 'event',
      options: [
        { value: 'event', label: 'Event' },
        { value: 'attribute', label: 'Attributes' },
      ],
    }),
    action: param.select({
      label: 'Action',
      default: 'add',
      options: [
        { value: 'add', label: 'Add Tags' },
        { value: 'remove', label: 'Remove Tags' },
      ],
    }),
    locality: param.select({
      label: 'Tag Locality',
      default: 'local',
      options: [
        { value: 'local', label: 'Local' },
        { value: 'global', label: 'Global' },
        { value: 'any', label: 'Any' },
      ],
    }),
    tags: param.picker({ label: 'Tags', optionsSource: 'tags', placeholder: 'Pick a tag' }),
    relationship_type: param.input({ label: 'Relationship Type', displayOn: { action: ['add'] } }),
  },
  run: async (ctx) => {
    const { scope, action, locality, tags, relationship_type: relationshipType } = ctx.params;
    if (tags.length === 0) return fail('No tags selected');
    const targets = scope === 'attribute' ? attributeTargets(ctx.filteredItems) : eventTargets(itemsOrWholeData(ctx));
    if (targets.length === 0) return fail(scope === 'attribute' ? 'No attribute matched' : 'No event matched');
    const changes = targets.map((target) => (action === 'remove' ? { target, remove: tags } : { target, add: tags }));
    const local = locality === 'local';
    const saves = await applyTagChanges(ctx, changes, { local, relationshipType, removeLocal: locality === 'any' ? null : local });
    return saves.result(action === 'remove' ? 'None of the tags is attached' : 'No tag could be attached');
  },
});

function eventTargets(items: unknown): TagTarget[] {
  const target = eventTarget(eventOf(items));
  return target ? [target] : [];
}

function attributeTargets(items: unknown): TagTarget[] {
  return recordValues(items).flatMap((item) => attributeTarget(item) ?? []);
}
