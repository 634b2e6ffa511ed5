import {
  notFound,
  saveFail,
  unwrap,
  type HandlerResult,
} from './misp-http.util';
import { renderAttribute } from './misp-event.renderer';
import type { RequestContext } from './misp-route.types';
import type { MispAttribute } from './misp-simulator.types';
import { findAttribute, touchAttribute } from './misp-state.store';

const STRING_FIELDS = [
  'value',
  'type',
  'category',
  'comment',
  'distribution',
  'sharing_group_id',
] as const;
const BOOLEAN_FIELDS = ['to_ids', 'deleted', 'disable_correlation'] as const;
const NULLABLE_FIELDS = ['first_seen', 'last_seen'] as const;

// MISP accepts booleans, 0/1 and "0"/"1" on input and always answers with a JSON boolean.
function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

function applyFields(
  attribute: MispAttribute,
  fields: Record<string, unknown>,
): void {
  for (const key of STRING_FIELDS) {
    if (fields[key] !== undefined) attribute[key] = String(fields[key]);
  }
  for (const key of BOOLEAN_FIELDS) {
    if (fields[key] !== undefined) attribute[key] = toBoolean(fields[key]);
  }
  for (const key of NULLABLE_FIELDS) {
    if (fields[key] !== undefined)
      attribute[key] = fields[key] === null ? null : String(fields[key]);
  }
}

/**
 * `POST|PUT /attributes/edit/{id or uuid}`. A sent `timestamp` that is not newer than the stored one is
 * refused, which is how MISP protects against stale writes; success unpublishes the event.
 */
export function editAttribute(ctx: RequestContext): HandlerResult {
  const found = findAttribute(ctx.state, ctx.params[0] ?? '');
  if (!found) throw notFound('Invalid attribute');
  const { event, attribute } = found;
  const fields = unwrap(ctx.body, 'Attribute');
  const url = `/attributes/edit/${attribute.id}`;
  if (
    fields['timestamp'] !== undefined &&
    Number(fields['timestamp']) <= Number(attribute.timestamp)
  ) {
    return saveFail(url, 'edit', 'Attribute', 'Attribute has not been updated');
  }
  const distribution = fields['distribution'];
  if (
    distribution !== undefined &&
    !['0', '1', '2', '3', '4', '5'].includes(String(distribution))
  ) {
    return saveFail(url, 'edit', 'Attribute', {
      distribution: ['Options: 0, 1, 2, 3, 4, 5'],
    });
  }
  applyFields(attribute, fields);
  touchAttribute(event, attribute);
  event.published = false;
  return { body: { Attribute: renderAttribute(ctx.state, attribute) } };
}
