import { block, defineModule, fail, ok, param } from '@misp-wf/sdk';

/**
 * A blocking action: refuses the operation (e.g. publishing) when the event carries more attributes than
 * allowed. With a filter on the node, only the attributes the filter selects are counted.
 */
export default defineModule({
  id: 'example-attribute-limit',
  version: '1.0.0',
  type: 'action',
  name: 'Attribute limit',
  description: 'Blocks the operation when the event has more (filtered) attributes than the limit',
  icon: 'ruler',
  blocking: true,
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    max: param.input({ label: 'Maximum number of attributes', default: '1000', placeholder: '1000' }),
    message: param.input({ label: 'Message', default: 'This event has too many attributes', jinja: true }),
  },
  run: ({ params, filteredItems, log }) => {
    const max = Number(params.max);
    if (!Number.isInteger(max) || max < 0) return fail(`"${params.max}" is not a whole number of attributes`, { cause: 'configuration-invalid' });
    // A filtered list keeps the keys of the items it kept, so it may be an object rather than an array.
    const count = filteredItems && typeof filteredItems === 'object' ? Object.keys(filteredItems).length : 0;
    log.info(`counted ${count} attributes (limit ${max})`);
    return count > max ? block(`${params.message} (${count} > ${max})`) : ok();
  },
});
