/**
 * The 17 MISP workflow triggers with MISP's descriptor fields (spec §5.1; texts verbatim from the
 * trigger modules under app/Model/WorkflowModules/trigger/, typos included). Same ids and order as
 * `MISP_TRIGGER_IDS` in libs/contracts, which the engine may not import.
 */
export const TRIGGER_IDS = [
  'event-before-save',
  'event-after-save',
  'event-after-save-new',
  'event-after-save-new-from-pull',
  'event-publish',
  'attribute-after-save',
  'object-after-save',
  'event-report-after-save',
  'shadow-attribute-before-save',
  'shadow-attribute-after-save',
  'sighting-after-save',
  'tag-attached-after-save',
  'post-after-save',
  'user-before-save',
  'user-after-save',
  'log-after-save',
  'enrichment-before-query',
] as const;

export type TriggerId = (typeof TRIGGER_IDS)[number];

export type TriggerScope =
  | 'event'
  | 'attribute'
  | 'object'
  | 'event-report'
  | 'shadow-attribute'
  | 'sighting'
  | 'tag'
  | 'post'
  | 'user'
  | 'log'
  | 'others';

/** MISP's `OVERHEAD_LOW`, `OVERHEAD_MEDIUM`, `OVERHEAD_HIGH`. */
export type TriggerOverhead = 1 | 2 | 3;

export type TriggerDefinition = {
  readonly id: TriggerId;
  readonly name: string;
  readonly scope: TriggerScope;
  readonly description: string;
  readonly icon: string;
  readonly blocking: boolean;
  readonly misp_core_format: boolean;
  readonly trigger_overhead: TriggerOverhead;
  /** MISP's default is `''` (no warning shown in the editor). */
  readonly trigger_overhead_message: string;
  readonly version: '0.1';
};

const LOW = 1;
const MEDIUM = 2;
const HIGH = 3;

/** MISP's overhead texts share one shape: "called each time <what>. This means … as there are <items>." */
function burstWarning(what: string, items: string): string {
  return (
    `This trigger is called each time ${what}. This means that when a large quantity of ${items} are being saved ` +
    `(e.g. Feed pulling or synchronisation), the workflow will be run for as many time as there are ${items}.`
  );
}

type Row = Omit<TriggerDefinition, 'version' | 'trigger_overhead_message'> & { trigger_overhead_message?: string };

const ROWS: readonly Row[] = [
  {
    id: 'event-before-save',
    name: 'Event Before Save',
    scope: 'event',
    description: 'This trigger is called before an Event or any of its elements is about to be saved in the database',
    icon: 'envelope',
    blocking: true,
    misp_core_format: true,
    trigger_overhead: HIGH,
    trigger_overhead_message: burstWarning('an Event or Attribute is about to be saved', 'Attributes'),
  },
  {
    id: 'event-after-save',
    name: 'Event After Save',
    scope: 'event',
    description: 'This trigger is called after an Event has been saved in the database',
    icon: 'envelope',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: HIGH,
    trigger_overhead_message: burstWarning('an Event or Attribute have been saved', 'Attributes'),
  },
  {
    id: 'event-after-save-new',
    name: 'Event After Save New',
    scope: 'event',
    description: 'This trigger is called after a new Event has been saved in the database',
    icon: 'envelope',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: LOW,
  },
  {
    id: 'event-after-save-new-from-pull',
    name: 'Event After Save New From Pull',
    scope: 'event',
    description:
      'This trigger is called after a new Event has been saved in the database from a PULL operation. ' +
      'This trigger executes in place of `event-after-save-new`',
    icon: 'envelope',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: LOW,
  },
  {
    id: 'event-publish',
    name: 'Event Publish',
    scope: 'event',
    description: 'This trigger is called just before a MISP Event starts the publishing process',
    icon: 'upload',
    blocking: true,
    misp_core_format: true,
    trigger_overhead: LOW,
  },
  // The overhead text is MISP's pattern (its source copy was not available in full).
  {
    id: 'attribute-after-save',
    name: 'Attribute After Save',
    scope: 'attribute',
    description: 'This trigger is called after an Attribute has been saved in the database',
    icon: 'cube',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: HIGH,
    trigger_overhead_message: burstWarning('an Attribute has been saved', 'Attributes'),
  },
  {
    id: 'object-after-save',
    name: 'Object After Save',
    scope: 'object',
    description: 'This trigger is called after an Object has been saved in the database',
    icon: 'cubes',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: HIGH,
    trigger_overhead_message: burstWarning('an Object has been saved', 'Objects'),
  },
  {
    id: 'event-report-after-save',
    name: 'Event Report After Save',
    scope: 'event-report',
    description: 'This trigger is called after an Event Report has been saved in the database',
    icon: 'file-alt',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: LOW,
  },
  {
    id: 'shadow-attribute-before-save',
    name: 'Shadow Attribute Before Save',
    scope: 'shadow-attribute',
    description: 'This trigger is called just before a Shadow Attribute is saved in the database',
    icon: 'comment',
    blocking: true,
    misp_core_format: true,
    trigger_overhead: MEDIUM,
    trigger_overhead_message: burstWarning('a Shadow Attribute is about to be saved', 'Shadow Attributes'),
  },
  {
    id: 'shadow-attribute-after-save',
    name: 'Shadow Attribute After Save',
    scope: 'shadow-attribute',
    description: 'This trigger is called just after a Shadow Attribute has been saved in the database',
    icon: 'comment',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: MEDIUM,
    trigger_overhead_message: burstWarning('a Shadow Attribute has been saved', 'Shadow Attributes'),
  },
  {
    id: 'sighting-after-save',
    name: 'Sighting After Save',
    scope: 'sighting',
    description: 'This trigger is called when a sighting has been saved',
    icon: 'eye',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: MEDIUM,
    trigger_overhead_message: burstWarning('a Sighting has been saved', 'Sightings'),
  },
  {
    id: 'tag-attached-after-save',
    name: 'Tag Attached After Save',
    scope: 'tag',
    description: 'This trigger is called just after a Tag has been attached to an Event or an Attribute.',
    icon: 'tags',
    blocking: false,
    misp_core_format: true,
    trigger_overhead: HIGH,
    trigger_overhead_message:
      'This trigger is called each time a Tag has been attached. This means that when a large quantity of Tags ' +
      'are being saved (e.g. Feed pulling or synchronisation), the workflow will be run for as many time as there ' +
      'are Tag attached.',
  },
  {
    id: 'post-after-save',
    name: 'Post After Save',
    scope: 'post',
    description: 'This trigger is called after a Post has been saved in the database',
    icon: 'comment',
    blocking: false,
    misp_core_format: false,
    trigger_overhead: LOW,
  },
  {
    id: 'user-before-save',
    name: 'User Before Save',
    scope: 'user',
    description: 'This trigger is called just before a user is save in the database',
    icon: 'user-plus',
    blocking: true,
    misp_core_format: false,
    trigger_overhead: LOW,
  },
  {
    id: 'user-after-save',
    name: 'User After Save',
    scope: 'user',
    description: 'This trigger is called after a user has been saved in the database',
    icon: 'user-edit',
    blocking: false,
    misp_core_format: false,
    trigger_overhead: LOW,
  },
  {
    id: 'log-after-save',
    name: 'Log After Save',
    scope: 'log',
    description: 'This trigger is called after a Log event has been saved in the database',
    icon: 'file',
    blocking: false,
    misp_core_format: false,
    trigger_overhead: HIGH,
    trigger_overhead_message:
      'This trigger is called each time after Log event has been saved. This means that when a large quantity of ' +
      'Logs are being saved, the workflow will be run for as many time as there are log entries.',
  },
  {
    id: 'enrichment-before-query',
    name: 'Enrichment Before Query',
    scope: 'others',
    description: 'This trigger is called just before a query against the enrichment service is done',
    icon: 'asterisk',
    blocking: true,
    misp_core_format: true,
    trigger_overhead: LOW,
  },
];

function toDefinition(row: Row): TriggerDefinition {
  const { trigger_overhead_message = '', ...rest } = row;
  return Object.freeze({ ...rest, trigger_overhead_message, version: '0.1' });
}

export const TRIGGER_DEFINITIONS: readonly TriggerDefinition[] = Object.freeze(ROWS.map(toDefinition));

const BY_ID: ReadonlyMap<string, TriggerDefinition> = new Map(TRIGGER_DEFINITIONS.map((d) => [d.id, d]));

export function isTriggerId(value: string): value is TriggerId {
  return BY_ID.has(value);
}

export function findTriggerDefinition(id: string): TriggerDefinition | undefined {
  return BY_ID.get(id);
}
