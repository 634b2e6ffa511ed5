import { defineModule, param } from '@misp-wf/sdk';
import { editAttributes } from '../../shared/attribute-edition';

/** Attribute IDS Flag operation (spec §12.6): sets (`add`) or clears (`remove`) `to_ids` on the matching attributes. */
export const attributeIdsFlagOperation = defineModule({
  id: 'attribute_ids_flag_operation',
  version: '0.1.0',
  type: 'action',
  name: 'Attribute IDS Flag operation',
  description: 'Toggle or remove the IDS flag on selected attributes.',
  icon: 'edit',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    action: param.select({
      label: 'To IDS Flag',
      default: 'add',
      options: [
        { value: 'add', label: 'Toggle IDS flag' },
        { value: 'remove', label: 'Remove IDS flag' },
      ],
    }),
  },
  run: (ctx) => editAttributes(ctx, { to_ids: ctx.params.action !== 'remove' }),
});
