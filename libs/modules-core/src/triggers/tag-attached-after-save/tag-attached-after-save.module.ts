import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { Hash, php } from '@misp-wf/engine';
import { triggerBase } from '../trigger-module.factory';

/**
 * Tag Attached After Save (spec §5.1). Its `run` is the trigger's veto and sees the raw payload
 * `{Tag: {name, event_id, attribute_id?, local?}}`, not the core format. Attribute tags carry no `local` key,
 * so with the default `locality: local` they are always vetoed: a MISP quirk kept on purpose.
 */
export const tagAttachedAfterSave = defineModule({
  ...triggerBase('tag-attached-after-save'),
  params: {
    scope: param.select({
      label: 'Scope',
      default: 'event',
      options: [
        { value: 'event', label: 'Event' },
        { value: 'attribute', label: 'Attribute' },
        { value: 'any', label: 'Any' },
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
    tag: param.input({ label: 'Tag name', placeholder: 'tlp:red' }),
  },
  run: (ctx) => {
    const raw = ctx.data.get();
    const onAttribute = !php.phpEmpty(Hash.get(raw, 'Tag.attribute_id'));
    const isLocal = !php.phpEmpty(Hash.get(raw, 'Tag.local'));
    const { scope, locality, tag } = ctx.params;
    if (scope === 'attribute' && !onAttribute) return fail('The tag was not attached to an attribute');
    if (scope === 'event' && onAttribute) return fail('The tag was not attached to an event');
    if (locality === 'local' && !isLocal) return fail('The tag is not local');
    if (locality === 'global' && isLocal) return fail('The tag is not global');
    // PHP `!=`: loose comparison, as MISP compares the names.
    if (tag !== '' && php.phpLooseNotEquals(Hash.get(raw, 'Tag.name'), tag)) return fail(`The tag is not ${tag}`);
    return ok();
  },
});
