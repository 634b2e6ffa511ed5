import { phpLooseNotEquals } from '../php';
import type { CoreFormatFetchPort, JsonRecord, ResolvedLookups } from './core-format.types';
import { attributeScopeEntity, entityEventId, objectScopeEntity } from './encapsulate-entity';
import { fetchEventRecord, fetchObjectRow } from './fetch-records';
import { guessScope } from './guess-scope';
import { isRecord } from './record-utils';
import { convertRecord } from './workflow-format-converter';

/**
 * Fetches, through the port, what WorkflowFormatConverterTool reads from MISP's database for the
 * attribute and object scopes (`fetchObjectSimple`, then `fetchSimpleEvent` of the entity's event),
 * in MISP's order: the object first, because an object attribute takes its event id from the object.
 */
export async function resolveGenericLookups(record: JsonRecord, port?: CoreFormatFetchPort): Promise<ResolvedLookups> {
  if (port === undefined) return {};
  const scope = guessScope(record);
  if (scope === 'object') {
    return { event: await fetchEventRecord(port, entityEventId(objectScopeEntity(record))) };
  }
  if (scope !== 'attribute') return {};
  const attribute = record['Attribute'];
  const isObjectAttribute = isRecord(attribute) && phpLooseNotEquals(attribute['object_id'] ?? null, 0);
  const object = isObjectAttribute ? await fetchObjectRow(port, attribute['object_id']) : undefined;
  const event = await fetchEventRecord(port, entityEventId(attributeScopeEntity(record, object)));
  return { object, event };
}

/** `WorkflowBaseTriggerModule::normalizeData` for a core-format trigger, on an unwrapped record. */
export async function normalizeRecord(record: JsonRecord, port?: CoreFormatFetchPort): Promise<JsonRecord> {
  return convertRecord(record, await resolveGenericLookups(record, port));
}
