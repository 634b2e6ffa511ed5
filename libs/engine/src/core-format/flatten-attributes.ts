import type { JsonRecord } from './core-format.types';
import { isRecord, listItems } from './record-utils';

/**
 * `_AttributeFlattened` = `Event.Attribute` followed by every object's attributes in object order
 * (`array_merge($attributes, Hash::extract($objects, '{n}.Attribute.{n}'))`). The entries are the
 * very attribute objects of `Event.Attribute` / `Event.Object[*].Attribute`: MISP's PHP copies are
 * equal values, and sharing them avoids a second copy of every attribute.
 */
export function flattenAttributes(event: JsonRecord): unknown[] {
  const flattened: unknown[] = [];
  for (const attribute of listItems(event['Attribute']) ?? []) flattened.push(attribute);
  for (const object of listItems(event['Object']) ?? []) {
    if (!isRecord(object)) continue;
    for (const attribute of listItems(object['Attribute']) ?? []) flattened.push(attribute);
  }
  return flattened;
}
