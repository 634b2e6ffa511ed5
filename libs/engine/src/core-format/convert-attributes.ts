import { isPhpArray, phpArrayGet, phpEmpty, phpOffsetKey, phpTypeName } from '../php';
import { CoreFormatConversionError } from './core-format-errors';
import type { DraftRecord, JsonRecord } from './core-format.types';
import { hasEmptySharingGroup } from './event-sublists';
import { copyRecord, isRecord, isSet, listItems, omitKeys, withKey } from './record-utils';
import { buildAllTags, mergeLinkedTags } from './tag-lists';

export type AttributeContext = {
  sightings: ReadonlyMap<string, unknown[]>;
  /** `Event.RelatedAttribute` when PHP-non-empty, else `undefined`. */
  related: unknown;
  inheritedTags: readonly JsonRecord[];
};

const hasOwn = (record: JsonRecord, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Keys `__cleanAttributes` unsets; `undefined` (no allocation) in the common case of none. */
function droppedKeys(attribute: JsonRecord): ReadonlySet<string> | undefined {
  const value1 = hasOwn(attribute, 'value1');
  const value2 = hasOwn(attribute, 'value2');
  const tagLinks = isSet(attribute['AttributeTag']);
  const sharingGroup = hasEmptySharingGroup(attribute);
  if (!value1 && !value2 && !tagLinks && !sharingGroup) return undefined;
  const keys = new Set<string>();
  if (value1) keys.add('value1');
  if (value2) keys.add('value2');
  if (tagLinks) keys.add('AttributeTag');
  if (sharingGroup) keys.add('SharingGroup');
  return keys;
}

/** JSONConverterTool's correlation entry: MISP renames the correlation row's ids. */
function correlationEntry(correlation: unknown): JsonRecord {
  const c = isRecord(correlation) ? correlation : {};
  return {
    id: c['attribute_id'] ?? null,
    value: c['value'] ?? null,
    org_id: c['org_id'] ?? null,
    info: c['info'] ?? null,
    event_id: c['id'] ?? null,
  };
}

function appendCorrelations(draft: DraftRecord, related: unknown, key: string | number): void {
  if (!isPhpArray(related)) return;
  const correlations = listItems(phpArrayGet(related, key));
  if (correlations === undefined) return;
  const existing = listItems(draft['RelatedAttribute']) ?? [];
  draft['RelatedAttribute'] = [...existing, ...correlations.map(correlationEntry)];
}

/**
 * One attribute as MISP's converter leaves it: JSONConverterTool `__cleanAttributes` (drops
 * `value1`/`value2` and an empty `SharingGroup`, `AttributeTag[].Tag` → `Tag`, folds top-level
 * sightings, adds correlations) then WorkflowFormatConverterTool's `_allTags`. Always one shallow
 * copy, because `_allTags` is a new key; nested values are shared with the input.
 */
export function convertAttribute(attribute: unknown, context: AttributeContext, where: string): DraftRecord {
  if (!isRecord(attribute)) {
    // PHP: __propagateTagToAttributes(array $attribute) throws a TypeError.
    throw new CoreFormatConversionError(`${where} must be an attribute object, ${phpTypeName(attribute)} given`);
  }
  const dropped = droppedKeys(attribute);
  const draft = dropped === undefined ? copyRecord(attribute) : omitKeys(attribute, dropped);
  if (isSet(attribute['AttributeTag'])) {
    const tags = mergeLinkedTags(attribute['Tag'], attribute['AttributeTag']);
    if (tags !== undefined) draft['Tag'] = tags;
  }
  const needsKey = context.sightings.size > 0 || context.related !== undefined;
  const key = needsKey ? phpOffsetKey(attribute['id'] ?? null) : '';
  const sightings = context.sightings.get(String(key));
  if (sightings !== undefined) draft['Sighting'] = sightings;
  if (context.related !== undefined) appendCorrelations(draft, context.related, key);
  draft['_allTags'] = buildAllTags(context.inheritedTags, phpEmpty(draft['Tag']) ? undefined : draft['Tag']);
  return draft;
}

function requireList(value: unknown, where: string): readonly unknown[] {
  const items = listItems(value);
  // PHP: array_merge()/Hash::extract() in the flattening step throw a TypeError on a non-array.
  if (items === undefined) throw new CoreFormatConversionError(`${where} must be a list, ${phpTypeName(value)} given`);
  return items;
}

export function convertAttributeList(list: unknown, context: AttributeContext, where: string): unknown[] {
  return requireList(list, where).map((attribute, i) => convertAttribute(attribute, context, `${where}.${i}`));
}

/**
 * JSONConverterTool `__cleanObjects`: objects without attributes are dropped and the list is
 * re-indexed; every kept object gets converted attributes (one shallow copy per object).
 * Object-level tags are not propagated to its attributes, as in MISP.
 */
export function convertObjectList(list: unknown, context: AttributeContext): unknown[] {
  const kept: unknown[] = [];
  requireList(list, 'Event.Object').forEach((object, i) => {
    if (!isRecord(object) || phpEmpty(object['Attribute'])) return;
    const where = `Event.Object.${i}.Attribute`;
    kept.push(withKey(object, 'Attribute', convertAttributeList(object['Attribute'], context, where)));
  });
  return kept;
}
