import { defineModule, fail, param, when } from '@misp-wf/sdk';
import { Hash, evaluateCondition, php } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';

/**
 * IF :: Generic. `equals`/`not_equals` read one value with `Hash::get` (no `{n}` expansion, missing → `[]`,
 * which never equals anything); the other operators extract a list with `Hash::extract`.
 */
export const genericIf = defineModule({
  id: 'generic-if',
  version: '0.2.0',
  type: 'logic',
  name: 'IF :: Generic',
  description: ifDescription('Generic'),
  icon: 'code-branch',
  params: {
    value: param.input({
      label: 'Value',
      placeholder: 'tlp:red',
      displayOn: { operator: ['in', 'not_in', 'equals', 'not_equals'] },
    }),
    value_list: param.picker({
      label: 'Value list',
      allowCreate: true,
      placeholder: '[\'ip-src\', \'ip-dst\']',
      displayOn: { operator: ['in_or'] },
    }),
    operator: param.select({
      label: 'Operator',
      default: 'in',
      options: [
        { value: 'in', label: 'In' },
        { value: 'not_in', label: 'Not in' },
        { value: 'equals', label: 'Equals' },
        { value: 'not_equals', label: 'Not equals' },
        { value: 'any_value', label: 'Any value' },
        { value: 'in_or', label: 'Any value from' },
      ],
    }),
    hash_path: param.hashPath({ label: 'Hash path', placeholder: 'Attribute.{n}.Tag' }),
  },
  run: (ctx) => {
    const { value, value_list, operator, hash_path } = ctx.params;
    const operand = operator === 'in_or' ? value_list : value;
    const data = ctx.data.get();
    try {
      const single = operator === 'equals' || operator === 'not_equals';
      const extracted = single ? Hash.get(data, hash_path, []) : Hash.extract(data, hash_path);
      if (operator === 'any_value' && !php.phpEmpty(extracted)) return when(true);
      return when(evaluateCondition(extracted, operator, operand));
    } catch (error) {
      // MISP lets a bad path throw, and the engine turns any failure of an IF into its else branch.
      return fail(error instanceof Error ? error.message : String(error));
    }
  },
});
