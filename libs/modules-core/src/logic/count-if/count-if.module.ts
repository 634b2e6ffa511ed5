import { defineModule, fail, param, when } from '@misp-wf/sdk';
import { Hash, php } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';

/** PHP comparison of the count (an int) with the typed value (a string): numeric when it is numeric. */
const COMPARE: Readonly<Record<string, (count: number, value: string) => boolean>> = {
  equals: php.phpLooseEquals,
  not_equals: php.phpLooseNotEquals,
  greater: php.phpGreaterThan,
  greater_equals: php.phpGreaterOrEqual,
  less: php.phpLessThan,
  less_equals: php.phpLessOrEqual,
};

/** IF :: Count: `count(Hash::extract(data, selector))` compared loosely with `value`. */
export const countIf = defineModule({
  id: 'count-if',
  version: '0.1.0',
  type: 'logic',
  name: 'IF :: Count',
  description: ifDescription('Count'),
  icon: 'code-branch',
  params: {
    selector: param.hashPath({ label: 'Data selector to count', placeholder: 'Event.Tag.{n}.name' }),
    operator: param.select({
      label: 'Condition',
      default: 'equals',
      options: [
        { value: 'equals', label: 'Equals' },
        { value: 'not_equals', label: 'Not equals' },
        { value: 'greater', label: 'Greater' },
        { value: 'greater_equals', label: 'Greater or equals' },
        { value: 'less', label: 'Less' },
        { value: 'less_equals', label: 'Less or equals' },
      ],
    }),
    value: param.input({ label: 'Value', placeholder: '10' }),
  },
  run: (ctx) => {
    const { selector, operator, value } = ctx.params;
    const compare = COMPARE[operator];
    if (!compare) return when(false);
    try {
      return when(compare(php.phpCount(Hash.extract(ctx.data.get(), selector)), value));
    } catch (error) {
      // A bad selector throws in MISP too; a failing IF takes its else branch.
      return fail(error instanceof Error ? error.message : String(error));
    }
  },
});
