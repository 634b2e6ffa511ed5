import { php } from '@misp-wf/engine';
import { extractData } from '../notification-shared/extract-data';

export type SplunkEvents = { ok: true; events: unknown[] } | { ok: false; message: string };

/**
 * The HEC events MISP builds: the whole data, or with `perAttribute` one `{Attribute, Event}` per entry of
 * `Event.Attribute` where `Event` lacks `Attribute` and `_AttributeFlattened`.
 */
export function splunkEvents(data: Record<string, unknown>, perAttribute: boolean): unknown[] {
  if (!perAttribute) return [data];
  const event = php.isPhpArray(data['Event']) && !php.isPhpList(data['Event']) ? (data['Event'] as Record<string, unknown>) : {};
  const eventWithoutAttributes = { ...event };
  delete eventWithoutAttributes['Attribute'];
  delete eventWithoutAttributes['_AttributeFlattened'];
  const attributes = event['Attribute'];
  if (!php.isPhpArray(attributes)) return [];
  return php.phpValues(attributes).map((attribute) => ({ Attribute: attribute, Event: eventWithoutAttributes }));
}

/**
 * `data_extraction_model`: a JSON object mapping an output field to a Hash path evaluated on each HEC event.
 * A path extracting exactly one value yields that value, otherwise the list (MISP's "unpack if only one").
 */
export function applyExtractionModel(events: unknown[], modelText: string): SplunkEvents {
  let model: unknown;
  try {
    model = JSON.parse(modelText);
  } catch (error) {
    return { ok: false, message: `Invalid data extraction model (JSON expected): ${(error as Error).message}` };
  }
  if (!php.isPhpArray(model) || php.isPhpList(model)) {
    return { ok: false, message: 'Invalid data extraction model: expected a JSON object of field → hash path' };
  }
  const out: unknown[] = [];
  for (const event of events) {
    const fields: Record<string, unknown> = {};
    for (const [field, path] of Object.entries(model)) {
      const extracted = extractData(event, typeof path === 'string' ? path : String(path));
      if (!extracted.ok) return { ok: false, message: extracted.message };
      const value = extracted.value;
      fields[field] = Array.isArray(value) && value.length === 1 ? value[0] : value;
    }
    out.push(fields);
  }
  return { ok: true, events: out };
}
