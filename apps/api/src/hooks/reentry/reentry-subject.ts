type Path = readonly (string | number)[];

const EVENT: Path[] = [['Event', 'uuid'], ['Event', 'id']];
const FLAT_ATTRIBUTE: Path[] = [['Event', '_AttributeFlattened', 0, 'uuid'], ['Event', 'Attribute', 0, 'uuid']];

/**
 * Where each trigger's subject lives in its data: the most specific MISP object the trigger fires for, in
 * MISP's raw trigger data first and then in the normalised core format (hooks may send either; queued
 * branches carry the core format). An attribute-level trigger is keyed by the attribute, not its event, so
 * a feed pull saving many attributes of one event is never mistaken for re-entry (decision 0019).
 */
const SUBJECTS: Record<string, Path[]> = {
  'attribute-after-save': [['Attribute', 'uuid'], ['Attribute', 'id'], ...FLAT_ATTRIBUTE],
  'object-after-save': [['Object', 'uuid'], ['Object', 'id'], ['Event', 'Object', 0, 'uuid']],
  'sighting-after-save': [['Sighting', 'Attribute', 'uuid'], ['Sighting', 'attribute_id'], ...FLAT_ATTRIBUTE],
  'shadow-attribute-before-save': [['ShadowAttribute', 'uuid'], ['ShadowAttribute', 'id'], ...EVENT],
  'shadow-attribute-after-save': [['ShadowAttribute', 'uuid'], ['ShadowAttribute', 'id'], ...EVENT],
  'event-report-after-save': [['EventReport', 'uuid'], ['EventReport', 'id'], ...EVENT],
  'post-after-save': [['Post', 'id']],
  'user-before-save': [['User', 'id'], ['User', 'email'], ['id'], ['email']],
  'user-after-save': [['User', 'id'], ['User', 'email'], ['id'], ['email']],
  'enrichment-before-query': [['Attribute', 'uuid'], ...FLAT_ATTRIBUTE, ...EVENT],
};

/**
 * The subject of a trigger's data (`trigger:subject`), or null when none can be found (then no guard
 * applies). Event-level triggers use the event's uuid.
 */
export function reentryKey(triggerId: string, data: unknown): string | null {
  const subject = subjectOf(triggerId, data);
  return subject === null ? null : `${triggerId}:${subject.slice(0, 200)}`;
}

function subjectOf(triggerId: string, data: unknown): string | null {
  if (triggerId === 'tag-attached-after-save') {
    const attribute = scalarAt(data, ['Tag', 'attribute_id']);
    if (attribute !== null && attribute !== '0') return `attribute:${attribute}`;
    const event = scalarAt(data, ['Tag', 'event_id']);
    if (event !== null) return `event:${event}`;
    return firstOf(data, EVENT);
  }
  if (triggerId === 'log-after-save') {
    // A log entry is about a model row; our own callbacks log against the row the workflow acted on.
    const model = scalarAt(data, ['Log', 'model']);
    const id = scalarAt(data, ['Log', 'model_id']);
    return model !== null && id !== null ? `${model}:${id}` : null;
  }
  return firstOf(data, SUBJECTS[triggerId] ?? EVENT);
}

function firstOf(data: unknown, paths: readonly Path[]): string | null {
  for (const path of paths) {
    const value = scalarAt(data, path);
    if (value !== null) return value;
  }
  return null;
}

function scalarAt(data: unknown, path: Path): string | null {
  let current: unknown = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string | number, unknown>)[step];
  }
  if (typeof current === 'string' && current !== '') return current;
  if (typeof current === 'number' && Number.isFinite(current)) return String(current);
  return null;
}
