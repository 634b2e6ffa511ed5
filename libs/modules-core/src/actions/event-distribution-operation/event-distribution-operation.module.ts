import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { eventOf, recordValues, textField, withEvent, type JsonRecord } from '../../shared/roaming-records';

const SHARING_GROUP = '4';

/**
 * Event distribution operation (spec §12.6): saves the event with the selected distribution (and sharing
 * group for level 4) through `POST /events/edit/{id}`, then stores the edited event as the roaming data, as
 * MISP does. As in MISP an event without attributes is left alone. MISP's edit API always bumps the
 * timestamp, so `freeze` keeps only the published state (sent back with the edit; decision 0013).
 */
export const eventDistributionOperation = defineModule({
  id: 'Module_event_distribution_operation',
  version: '0.1.0',
  type: 'action',
  name: 'Event distribution operation',
  description: "Set the Event's distribution to the selected level",
  icon: 'edit',
  expectMispCoreFormat: true,
  params: {
    freeze: param.select({
      label: 'Preserve timestamp and published state',
      default: 'modify',
      options: [
        { value: 'modify', label: 'Modify timestamp and unpublish' },
        { value: 'freeze', label: 'Freeze timestamp and keep published state' },
      ],
    }),
    // MISP's Attribute::$shortDist labels, "inherit" removed.
    distribution: param.select({
      label: 'Distribution',
      default: '0',
      placeholder: 'Pick a distribution',
      options: [
        { value: '0', label: 'Organisation' },
        { value: '1', label: 'Community' },
        { value: '2', label: 'Connected' },
        { value: '3', label: 'All' },
        { value: SHARING_GROUP, label: 'Sharing Group' },
      ],
    }),
    sharing_group_id: param.picker({
      label: 'Sharing Groups',
      optionsSource: 'sharing-groups',
      default: [],
      placeholder: 'Pick a sharing group',
      displayOn: { distribution: [SHARING_GROUP] },
    }),
  },
  run: async (ctx) => {
    const { freeze, distribution, sharing_group_id: groups } = ctx.params;
    if (recordValues(ctx.filteredItems).length === 0) return ok();
    const data = ctx.data.get();
    const event = eventOf(data);
    const id = textField(event, 'id');
    if (!event || id === '') return fail('The roaming data has no Event.id');
    // A single-choice picker in MISP: the first selected group.
    const [group] = groups;
    if (distribution === SHARING_GROUP && group === undefined) return fail('No sharing group selected for the "Sharing Group" distribution');
    const changes: JsonRecord = { distribution };
    if (distribution === SHARING_GROUP) changes['sharing_group_id'] = group;
    const body: JsonRecord = freeze === 'freeze' ? { ...changes, published: event['published'] === true } : changes;
    await ctx.misp.request({ method: 'POST', path: `/events/edit/${id}`, body: { Event: body } });
    ctx.data.set(withEvent(data, (current) => ({ ...current, ...changes })));
    return ok();
  },
});
