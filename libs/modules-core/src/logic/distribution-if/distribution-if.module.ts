import { defineModule, fail, param, when, type ModuleResult } from '@misp-wf/sdk';
import { evaluateCondition } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';
import { phpIntval } from '../../shared/php-intval';
import { SHARING_GROUP, distributionSources, finalDistribution, sharingGroupIds } from './distribution-levels';

/** IF :: Distribution (spec §6.7): compares the final (most restrictive) distribution with the selected level. */
export const distributionIf = defineModule({
  id: 'distribution-if',
  version: '0.3.0',
  type: 'logic',
  name: 'IF :: Distribution',
  description: ifDescription('Distribution'),
  icon: 'code-branch',
  expectMispCoreFormat: true,
  params: {
    scope: param.select({
      label: 'Scope',
      default: 'attribute',
      options: [
        { value: 'attribute', label: 'Final distribution of the Attribute' },
        { value: 'event', label: 'Distribution of the Event' },
      ],
    }),
    condition: param.select({
      label: 'Condition',
      default: 'equals',
      options: [
        { value: 'equals', label: 'Is' },
        { value: 'not_equals', label: 'Is not' },
        { value: 'more_restrictive_or_equal_than', label: 'More restrictive or equal than' },
        { value: 'more_permisive_or_equal_than', label: 'More permisive or equal than' },
      ],
    }),
    distribution: param.select({
      label: 'Distribution',
      default: '0',
      options: [
        { value: '0', label: 'Your organisation only' },
        { value: '1', label: 'This community only' },
        { value: '2', label: 'Connected communities' },
        { value: '3', label: 'All communities' },
        { value: '4', label: 'Sharing group' },
      ],
    }),
    sharing_group_id: param.picker({
      label: 'Sharing Groups',
      optionsSource: 'sharing-groups',
      placeholder: 'Pick a sharing group',
      displayOn: { distribution: ['4'] },
    }),
  },
  run: (ctx) => {
    const { scope, condition, distribution, sharing_group_id: selectedGroups } = ctx.params;
    const sources = distributionSources(ctx.data.get(), scope);
    const final = finalDistribution(sources);
    if (final < 0 || final > SHARING_GROUP) return fail('Distribution level not supported');
    const selected = phpIntval(distribution);
    if (selected === SHARING_GROUP) return sharingGroupResult(condition, sharingGroupIds(sources), selectedGroups);
    if (condition === 'more_restrictive_or_equal_than') return when(evaluateCondition(range(0, selected), 'in', final));
    if (condition === 'more_permisive_or_equal_than') return when(evaluateCondition(range(selected, 3), 'in', final));
    return when(evaluateCondition(selected, condition, final));
  },
});

/** With "sharing group" selected, only `equals`/`not_equals` exist; both are vacuously true without groups. */
function sharingGroupResult(condition: string, found: string[], selected: string[]): ModuleResult {
  const picked = new Set(selected.map(String));
  if (condition === 'equals') return when(selected.length === 0 ? found.length > 0 : found.every((id) => picked.has(id)));
  if (condition === 'not_equals') return when(selected.length === 0 ? found.length === 0 : !found.some((id) => picked.has(id)));
  return fail('Condition operator not supported for that distribution level');
}

/** PHP `range($from, $to)`, which also counts down when `$from > $to`. */
function range(from: number, to: number): number[] {
  const step = from <= to ? 1 : -1;
  const out: number[] = [];
  for (let n = from; step > 0 ? n <= to : n >= to; n += step) out.push(n);
  return out;
}
