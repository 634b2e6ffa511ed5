import { unwrap, type HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import type { MispEventBlocklistEntry } from './misp-simulator.types';
import { takeId } from './misp-state.store';

/*
 * Mirrors BlocklistComponent::add for EventBlocklist: `uuids` as a list or newline-separated string, each
 * saved or counted as a failure (wrong length, or already blocklisted: event_uuid is unique in MISP).
 */

function readUuids(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim());
  if (typeof value === 'string')
    return value
      .trim()
      .split('\n')
      .map((v) => v.trim());
  return [];
}

function field(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : '';
}

// MySQL DATETIME as CakePHP serialises it.
function created(): string {
  return new Date().toISOString().slice(0, 19).replace('T', ' ');
}

/** `POST /eventBlocklists/add`. */
export function addEventBlocklist(ctx: RequestContext): HandlerResult {
  const fields = unwrap(ctx.body, 'EventBlocklist');
  const successes: string[] = [];
  const fails: string[] = [];
  for (const uuid of readUuids(fields['uuids'])) {
    const taken = ctx.state.eventBlocklist.some((e) => e.event_uuid === uuid);
    if (uuid.length !== 36 || taken) {
      fails.push(uuid);
      continue;
    }
    const entry: MispEventBlocklistEntry = {
      id: takeId(ctx.state, 'blocklist'),
      event_uuid: uuid,
      created: created(),
      event_info: field(fields, 'event_info'),
      comment: field(fields, 'comment'),
      event_orgc: field(fields, 'event_orgc'),
    };
    ctx.state.eventBlocklist.push(entry);
    successes.push(uuid);
  }
  const message = `Done. Added ${successes.length} new entries to the blocklist. ${fails.length} entries could not be saved.`;
  return { body: { result: { successes, fails }, message } };
}

/** `GET /eventBlocklists/index`: flat list of entries, as the REST index returns them. */
export function indexEventBlocklist(ctx: RequestContext): HandlerResult {
  return { body: structuredClone(ctx.state.eventBlocklist) };
}
