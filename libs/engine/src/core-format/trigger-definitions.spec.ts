import { findTriggerDefinition, isTriggerId, TRIGGER_DEFINITIONS, TRIGGER_IDS } from './trigger-definitions';

describe('TRIGGER_DEFINITIONS', () => {
  it('lists the 17 MISP triggers once each, in MISP’s order, all at version 0.1', () => {
    expect(TRIGGER_DEFINITIONS.map((d) => d.id)).toEqual([...TRIGGER_IDS]);
    expect(new Set(TRIGGER_IDS).size).toBe(17);
    expect(TRIGGER_DEFINITIONS.every((d) => d.version === '0.1')).toBe(true);
  });

  it.each([
    ['event-before-save', 'Event Before Save', 'event', true, true, 3],
    ['event-after-save', 'Event After Save', 'event', false, true, 3],
    ['event-after-save-new', 'Event After Save New', 'event', false, true, 1],
    ['event-after-save-new-from-pull', 'Event After Save New From Pull', 'event', false, true, 1],
    ['event-publish', 'Event Publish', 'event', true, true, 1],
    ['attribute-after-save', 'Attribute After Save', 'attribute', false, true, 3],
    ['object-after-save', 'Object After Save', 'object', false, true, 3],
    ['event-report-after-save', 'Event Report After Save', 'event-report', false, true, 1],
    ['shadow-attribute-before-save', 'Shadow Attribute Before Save', 'shadow-attribute', true, true, 2],
    ['shadow-attribute-after-save', 'Shadow Attribute After Save', 'shadow-attribute', false, true, 2],
    ['sighting-after-save', 'Sighting After Save', 'sighting', false, true, 2],
    ['tag-attached-after-save', 'Tag Attached After Save', 'tag', false, true, 3],
    ['post-after-save', 'Post After Save', 'post', false, false, 1],
    ['user-before-save', 'User Before Save', 'user', true, false, 1],
    ['user-after-save', 'User After Save', 'user', false, false, 1],
    ['log-after-save', 'Log After Save', 'log', false, false, 3],
    ['enrichment-before-query', 'Enrichment Before Query', 'others', true, true, 1],
  ])('describes %s as spec §5.1 does', (id, name, scope, blocking, coreFormat, overhead) => {
    expect(findTriggerDefinition(id)).toMatchObject({
      id,
      name,
      scope,
      blocking,
      misp_core_format: coreFormat,
      trigger_overhead: overhead,
    });
  });

  it.each([
    ['event-publish', 'This trigger is called just before a MISP Event starts the publishing process', ''],
    [
      'sighting-after-save',
      'This trigger is called when a sighting has been saved',
      'This trigger is called each time a Sighting has been saved. This means that when a large quantity of ' +
        'Sightings are being saved (e.g. Feed pulling or synchronisation), the workflow will be run for as many time ' +
        'as there are Sightings.',
    ],
    ['user-before-save', 'This trigger is called just before a user is save in the database', ''],
  ])('keeps MISP’s texts verbatim for %s', (id, description, overheadMessage) => {
    expect(findTriggerDefinition(id)).toMatchObject({ description, trigger_overhead_message: overheadMessage });
  });

  it('gives every high-overhead trigger a warning text', () => {
    const high = TRIGGER_DEFINITIONS.filter((d) => d.trigger_overhead === 3);
    expect(high.every((d) => d.trigger_overhead_message.length > 0)).toBe(true);
  });

  it('is frozen so that consumers cannot alter the shared list', () => {
    expect(Object.isFrozen(TRIGGER_DEFINITIONS)).toBe(true);
    expect(TRIGGER_DEFINITIONS.every((d) => Object.isFrozen(d))).toBe(true);
  });

  it.each([
    ['event-publish', true],
    ['Event-Publish', false],
    ['adhoc-trigger', false],
    ['', false],
  ])('recognises %j as a trigger id: %s', (value, expected) => {
    expect(isTriggerId(value)).toBe(expected);
  });
});
