import { defineModule, param, when } from '@misp-wf/sdk';
import { Hash, evaluateCondition } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';

/** Where each scope reads tag names in the MISP core format (spec §6.7). */
const TAG_PATHS = {
  event: 'Event.Tag.{n}.name',
  attribute: 'Event._AttributeFlattened.{n}.Tag.{n}.name',
  // `_allTags` also holds the event tags the attribute inherits.
  event_attribute: 'Event._AttributeFlattened.{n}._allTags.{n}.name',
} as const;

/** IF :: Tag. `in_and` over attributes fails when two attributes carry the same tag (MISP quirk, kept). */
export const tagIf = defineModule({
  id: 'tag-if',
  version: '0.4.0',
  type: 'logic',
  name: 'IF :: Tag',
  description: ifDescription('Tag'),
  icon: 'code-branch',
  expectMispCoreFormat: true,
  params: {
    scope: param.select({
      label: 'Scope',
      default: 'event',
      options: [
        { value: 'event', label: 'Event' },
        { value: 'attribute', label: 'Attribute' },
        { value: 'event_attribute', label: 'Inherited Attribute' },
      ],
    }),
    condition: param.select({
      label: 'Condition',
      default: 'in_or',
      options: [
        { value: 'in_or', label: 'Is tagged with any (OR)' },
        { value: 'in_and', label: 'Is tagged with all (AND)' },
        { value: 'not_in_or', label: 'Is not tagged with any (OR)' },
        { value: 'not_in_and', label: 'Is not tagged with all (AND)' },
      ],
    }),
    tags: param.picker({ label: 'Tags', optionsSource: 'tags', placeholder: 'Pick a tag' }),
    clusters: param.picker({ label: 'Galaxy Clusters', optionsSource: 'galaxy-clusters', placeholder: 'Pick a Galaxy Cluster' }),
  },
  run: (ctx) => {
    const { scope, condition, tags, clusters } = ctx.params;
    const selected = [...tags, ...clusters.map((c) => `misp-galaxy:${c}`)];
    const extracted = Hash.extract(ctx.data.get(), TAG_PATHS[scope] ?? TAG_PATHS.event);
    return when(evaluateCondition(extracted, condition, selected));
  },
});
