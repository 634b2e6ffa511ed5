/** The 17 MISP workflow triggers, in the order MISP lists them. Ids are MISP's and never change. */
export const MISP_TRIGGER_IDS = [
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

export type MispTriggerId = (typeof MISP_TRIGGER_IDS)[number];

export function isMispTriggerId(value: string): value is MispTriggerId {
  return (MISP_TRIGGER_IDS as readonly string[]).includes(value);
}
