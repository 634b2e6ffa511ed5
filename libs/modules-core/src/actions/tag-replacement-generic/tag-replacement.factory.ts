import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { itemsOrWholeData } from '../../shared/matching-items';
import { eventOf, flattenedAttributes, recordValues } from '../../shared/roaming-records';
import { applyTagChanges, attributeTarget, eventTarget, tagNames, type TagChange, type TagTarget } from '../../shared/tag-links';

/** The normalised form of a tag name, or `undefined` when the module does not touch it. */
export type TagSubstitution = (tag: string) => string | undefined;

/**
 * MISP's `Module_tag_replacement_generic` and its subclasses (spec §12.6, blueprints.md §5.8): for the event's
 * own tags and/or each attribute's own tags, every tag the module recognises gets its normalised form
 * attached, and with `remove_substituted: yes` the original is detached first (even when both are equal).
 */
export function tagReplacementModule(spec: { id: string; name: string; description: string; substitute: TagSubstitution }) {
  return defineModule({
    id: spec.id,
    version: '0.1.0',
    type: 'action',
    name: spec.name,
    description: spec.description,
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
          { value: 'all', label: 'All' },
        ],
      }),
      // MISP declares the default '1', which is no option and reads as "no" (decision 0013).
      remove_substituted: param.select({
        label: 'Removed substituted tag',
        default: 'no',
        options: [
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes' },
        ],
      }),
      locality: param.select({
        label: 'Tag Locality',
        default: 'local',
        options: [
          { value: 'local', label: 'Local' },
          { value: 'global', label: 'Global' },
        ],
      }),
      relationship_type: param.input({ label: 'Relationship Type' }),
    },
    run: async (ctx) => {
      const { scope, remove_substituted: removeSubstituted, locality, relationship_type: relationshipType } = ctx.params;
      const items = itemsOrWholeData(ctx);
      if (items === false) return fail('The saved filter selector is not a valid path');
      const targets: TagTarget[] = [];
      const event = eventTarget(eventOf(items));
      if (scope !== 'attribute' && event) targets.push(event);
      if (scope !== 'event') targets.push(...attributesOf(items).flatMap((a) => attributeTarget(a) ?? []));
      const changes = targets.flatMap((target) => replacement(target, spec.substitute, removeSubstituted === 'yes'));
      if (changes.length === 0) return ok();
      const local = locality === 'local';
      const saves = await applyTagChanges(ctx, changes, { local, relationshipType, removeLocal: null });
      return saves.result('No tag could be replaced');
    },
  });
}

function replacement(target: TagTarget, substitute: TagSubstitution, removeSubstituted: boolean): TagChange[] {
  const matched: string[] = [];
  const add: string[] = [];
  for (const name of tagNames(target)) {
    const normalised = substitute(name);
    if (normalised === undefined) continue;
    matched.push(name);
    add.push(normalised);
  }
  return matched.length === 0 ? [] : [{ target, remove: removeSubstituted ? matched : [], add }];
}

/** The whole data's attributes, or the items themselves when a saved filter selected attributes. */
function attributesOf(items: unknown) {
  return eventOf(items) ? recordValues(flattenedAttributes(items)) : recordValues(items);
}
