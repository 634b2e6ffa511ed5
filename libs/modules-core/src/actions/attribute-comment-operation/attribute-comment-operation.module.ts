import { defineModule, param } from '@misp-wf/sdk';
import { editAttributes } from '../../shared/attribute-edition';

/**
 * Attribute comment operation (spec §12.6): sets the comment of every matching attribute to the rendered
 * template. As in MISP the template is rendered once per node execution with the roaming data, before the
 * attributes are visited: `__currentAttribute` is not defined in it (spec §12.5, quirk kept, decision 0013).
 */
export const attributeCommentOperation = defineModule({
  id: 'Module_attribute_comment_operation',
  version: '0.1.0',
  type: 'action',
  name: 'Attribute comment operation',
  description: "Set the Attribute's comment to the selected value",
  icon: 'edit',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    comment: param.textarea({ label: 'Comment', placeholder: 'Comment to be set', jinja: true }),
  },
  run: (ctx) => editAttributes(ctx, { comment: ctx.params.comment }),
});
