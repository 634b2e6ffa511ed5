import type { OptionItem } from './option-search';

/*
 * MISP's answers to the index calls the option lists come from (REST shapes of TagsController::index,
 * OrganisationsController::index, SharingGroupsController::index, UsersController::admin_index,
 * WarninglistsController::index) and misp-modules' `GET /modules`, read into options the way MISP's
 * workflow modules build their pickers. An answer of another shape is an error that names the call, so the
 * editor's warning says which setting points at the wrong server.
 */

type Row = Record<string, unknown>;

export class UnexpectedAnswerError extends Error {
  override readonly name = 'UnexpectedAnswerError';
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** MISP flags are booleans in JSON; older instances and some exports send 0/1 or "0"/"1". */
function flag(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

function listAt(body: unknown, key: string | null, what: string): unknown[] {
  const list = key === null ? body : isRecord(body) ? body[key] : undefined;
  if (Array.isArray(list)) return list;
  throw new UnexpectedAnswerError(`MISP's answer to ${what} is not the expected list${key ? ` (no "${key}" list)` : ''}`);
}

/** `{"Tag": [{name, is_galaxy, …}]}`: every tag of the catalogue with its galaxy flag. */
export type TagRow = { name: string; galaxy: boolean };

export function readTagCatalogue(body: unknown): TagRow[] {
  return listAt(body, 'Tag', 'GET /tags/index')
    .filter(isRecord)
    .map((t) => ({ name: text(t['name']), galaxy: flag(t['is_galaxy']) }))
    .filter((t) => t.name !== '');
}

const GALAXY_PREFIX = 'misp-galaxy:';

/** IF :: Tag's `tags` picker: the names of the tags that are not galaxy clusters. */
export function tagOptions(rows: readonly TagRow[]): OptionItem[] {
  return rows.filter((t) => !t.galaxy).map((t) => ({ value: t.name, label: t.name }));
}

/** IF :: Tag's `clusters` picker: galaxy tag names without `misp-galaxy:` (the module adds it back). */
export function galaxyClusterOptions(rows: readonly TagRow[]): OptionItem[] {
  return rows
    .filter((t) => t.galaxy)
    .map((t) => (t.name.startsWith(GALAXY_PREFIX) ? t.name.slice(GALAXY_PREFIX.length) : t.name))
    .map((name) => ({ value: name, label: name }));
}

/** `[{"Organisation": {id, name, …}}]`: organisation ids labelled by name (IF :: Organisation). */
export function organisationOptions(body: unknown): OptionItem[] {
  return listAt(body, null, 'GET /organisations/index')
    .map((row) => (isRecord(row) && isRecord(row['Organisation']) ? row['Organisation'] : {}))
    .map((o) => ({ value: text(o['id']), label: text(o['name']) || text(o['id']) }));
}

/** `{"response": [{"SharingGroup": {id, name, …}, …}]}`, active and passive answers together. */
export function sharingGroupOptions(bodies: readonly unknown[]): OptionItem[] {
  return bodies
    .flatMap((body) => listAt(body, 'response', 'GET /sharing_groups/index'))
    .map((row) => (isRecord(row) && isRecord(row['SharingGroup']) ? row['SharingGroup'] : {}))
    .map((g) => ({ value: text(g['id']), label: text(g['name']) || text(g['id']) }));
}

/** `[{"User": {email, …}, "Role": …}]`: every account's e-mail (Send Mail's recipients). */
export function userOptions(body: unknown): OptionItem[] {
  return listAt(body, null, 'GET /admin/users')
    .map((row) => (isRecord(row) && isRecord(row['User']) ? text(row['User']['email']) : ''))
    .map((email) => ({ value: email, label: email }));
}

/** `{"Warninglists": [{"Warninglist": {name, enabled, …}}]}`: enabled lists by name (Attach warninglist matches names). */
export function warninglistOptions(body: unknown): OptionItem[] {
  return listAt(body, 'Warninglists', 'GET /warninglists/index')
    .map((row) => (isRecord(row) && isRecord(row['Warninglist']) ? row['Warninglist'] : {}))
    .filter((w) => w['enabled'] === undefined || flag(w['enabled']))
    .map((w) => text(w['name']))
    .map((name) => ({ value: name, label: name }));
}

const ENRICHMENT_TYPES = ['expansion', 'hover'];

/** misp-modules' `GET /modules`: the Enrichment family (`module-type` expansion or hover), by name. */
export function enrichmentModuleOptions(body: unknown): OptionItem[] {
  if (!Array.isArray(body)) throw new UnexpectedAnswerError("The enrichment service's answer to GET /modules is not a list of modules");
  return body
    .filter(isRecord)
    .filter((m) => {
      const meta = isRecord(m['meta']) ? m['meta'] : {};
      const types = Array.isArray(meta['module-type']) ? meta['module-type'] : [m['type']];
      return types.some((t) => ENRICHMENT_TYPES.includes(text(t)));
    })
    .map((m) => text(m['name']))
    .map((name) => ({ value: name, label: name }));
}
