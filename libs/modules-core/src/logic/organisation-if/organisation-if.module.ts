import { defineModule, param, when } from '@misp-wf/sdk';
import { Hash, evaluateCondition } from '@misp-wf/engine';
import { ifDescription } from '../../shared/if-description';
import { phpIntval } from '../../shared/php-intval';

/** Graphs saved by older MISP versions use `equals`/`not_equals`; MISP maps them on read. */
const LEGACY_CONDITIONS: Readonly<Record<string, string>> = { equals: 'in', not_equals: 'not_in' };

/**
 * IF :: Organisation. MISP passes the selected org ids as the *data* and the event's org id as the *value*
 * of `evaluateCondition`, so `in` means "the event's org is one of the selected ones".
 */
export const organisationIf = defineModule({
  id: 'organisation-if',
  version: '0.2.0',
  type: 'logic',
  name: 'IF :: Organisation',
  description: ifDescription('Organisation'),
  icon: 'code-branch',
  expectMispCoreFormat: true,
  params: {
    org_type: param.select({
      label: 'Organisation Type',
      default: 'orgc',
      options: [
        { value: 'org', label: 'Owner Organisation' },
        { value: 'orgc', label: 'Creator Organisation' },
      ],
    }),
    condition: param.select({
      label: 'Condition',
      default: 'in',
      options: [
        { value: 'in', label: 'Is any of (OR)' },
        { value: 'not_in', label: 'Is not any of (OR)' },
      ],
    }),
    org_id: param.picker({ label: 'Organisations', optionsSource: 'organisations', default: ['1'], placeholder: 'Pick an organisation' }),
  },
  run: (ctx) => {
    const condition: string = ctx.params.condition;
    // A stored graph may hold a single id instead of a list: MISP wraps it.
    const selected: unknown = ctx.params.org_id;
    const orgs = Array.isArray(selected) ? selected : [selected];
    const path = ctx.params.org_type === 'org' ? 'Event.org_id' : 'Event.orgc_id';
    const orgId = phpIntval(Hash.get(ctx.data.get(), path));
    return when(evaluateCondition(orgs, LEGACY_CONDITIONS[condition] ?? condition, orgId));
  },
});
