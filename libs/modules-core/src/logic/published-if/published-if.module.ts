import { defineModule, param, when } from '@misp-wf/sdk';
import { Hash, evaluateCondition, php } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';

/** IF :: Published. PHP `empty()` decides, so `"0"`, `0`, `false` and a missing key all mean "not published". */
export const publishedIf = defineModule({
  id: 'published-if',
  version: '0.1.0',
  type: 'logic',
  name: 'IF :: Published',
  description: ifDescription('Published'),
  icon: 'code-branch',
  expectMispCoreFormat: true,
  params: {
    condition: param.select({
      label: 'Condition',
      default: 'equals',
      options: [
        { value: 'equals', label: 'Event is published' },
        { value: 'not_equals', label: 'Event is not published' },
      ],
    }),
  },
  run: (ctx) => {
    const published = !php.phpEmpty(Hash.get(ctx.data.get(), 'Event.published'));
    return when(evaluateCondition(published, ctx.params.condition, true));
  },
});
