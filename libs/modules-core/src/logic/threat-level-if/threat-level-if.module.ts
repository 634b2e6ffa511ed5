import { defineModule, param, when } from '@misp-wf/sdk';
import { Hash, php } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';

/** MISP's default, which is a level *name* while the options are ids (MISP quirk, see `run`). */
const MISP_DEFAULT_LEVEL = 'Low';

/**
 * Threat levels use ids where 1 is the most severe, so MISP's "greater or equal than" is `id <= selected`
 * and "less or equal than" is `id >= selected` (kept as is, compared with PHP loose rules).
 */
const COMPARE: Readonly<Record<string, (id: unknown, selected: string) => boolean>> = {
  equals: php.phpLooseEquals,
  not_equals: php.phpLooseNotEquals,
  greater_or_equal_than: php.phpLessOrEqual,
  less_or_equal_than: php.phpGreaterOrEqual,
};

/** IF :: Threat Level. */
export const threatLevelIf = defineModule({
  id: 'threat-level-if',
  version: '0.1.0',
  type: 'logic',
  name: 'IF :: Threat Level',
  description: ifDescription('Threat Level'),
  icon: 'code-branch',
  params: {
    condition: param.select({
      label: 'Condition',
      default: 'equals',
      options: [
        { value: 'equals', label: 'Is' },
        { value: 'not_equals', label: 'Is not' },
        { value: 'greater_or_equal_than', label: 'Greater or equal than' },
        { value: 'less_or_equal_than', label: 'Less or equal than' },
      ],
    }),
    // MISP declares default `Low`, which is not an option value; the SDK refuses that, so `run` applies it.
    threatlevel: param.select({
      label: 'Threat Level',
      placeholder: 'Pick a threat level',
      options: [
        { value: '1', label: 'High' },
        { value: '2', label: 'Medium' },
        { value: '3', label: 'Low' },
        { value: '4', label: 'Undefined' },
      ],
    }),
  },
  run: (ctx) => {
    const level: string = ctx.params.threatlevel;
    const selected = level === '' ? MISP_DEFAULT_LEVEL : level;
    const compare = COMPARE[ctx.params.condition];
    if (!compare) return when(false);
    return when(compare(Hash.get(ctx.data.get(), 'Event.threat_level_id'), selected));
  },
});
