import type { MispClient } from '@misp-wf/sdk';
import {
  enrichmentModuleOptions,
  galaxyClusterOptions,
  organisationOptions,
  readTagCatalogue,
  sharingGroupOptions,
  tagOptions,
  userOptions,
  warninglistOptions,
  type TagRow,
} from './misp-option-lists';
import type { OptionItem } from './option-search';

/** What a source reads from: MISP's REST client, or misp-modules' module list on the Enrichment service. */
export type SourceClients = { misp: MispClient; enrichmentModules: () => Promise<unknown> };

/**
 * A list the editor's pickers may name in `optionsSource`. `resource` is what is fetched and cached: two
 * sources reading the same MISP call (tags and galaxy clusters both come from the tag catalogue) share
 * one fetch.
 */
export type OptionSource = {
  /** Where the list comes from, for warnings ("MISP", "the enrichment service"). */
  origin: 'MISP' | 'the enrichment service';
  resource: OptionResource;
  toOptions: (loaded: object) => OptionItem[];
};

export type OptionResource = { id: string; fetch: (clients: SourceClients) => Promise<object> };

const get = (misp: MispClient, path: string) => misp.request({ method: 'GET', path });

// `exclude_statistics` spares MISP counting every tag's events and attributes, which it does by default.
const TAG_CATALOGUE: OptionResource = { id: 'misp:tags', fetch: async ({ misp }) => readTagCatalogue(await get(misp, '/tags/index/exclude_statistics:1')) };

const ORGANISATIONS: OptionResource = { id: 'misp:organisations', fetch: async ({ misp }) => organisationOptions(await get(misp, '/organisations/index/scope:all')) };

// MISP's IF :: Distribution offers every sharing group, active or not; the index gives the passive ones with `/true`.
const SHARING_GROUPS: OptionResource = {
  id: 'misp:sharing-groups',
  fetch: async ({ misp }) => sharingGroupOptions(await Promise.all([get(misp, '/sharing_groups/index'), get(misp, '/sharing_groups/index/true')])),
};

const USERS: OptionResource = { id: 'misp:users', fetch: async ({ misp }) => userOptions(await get(misp, '/admin/users')) };

const WARNINGLISTS: OptionResource = { id: 'misp:warninglists', fetch: async ({ misp }) => warninglistOptions(await get(misp, '/warninglists/index/enabled:1')) };

const ENRICHMENT_MODULES: OptionResource = { id: 'enrichment:modules', fetch: async ({ enrichmentModules }) => enrichmentModuleOptions(await enrichmentModules()) };

const asIs = (loaded: object) => loaded as OptionItem[];

export const OPTION_SOURCES: Readonly<Record<string, OptionSource>> = {
  tags: { origin: 'MISP', resource: TAG_CATALOGUE, toOptions: (loaded) => tagOptions(loaded as TagRow[]) },
  'galaxy-clusters': { origin: 'MISP', resource: TAG_CATALOGUE, toOptions: (loaded) => galaxyClusterOptions(loaded as TagRow[]) },
  organisations: { origin: 'MISP', resource: ORGANISATIONS, toOptions: asIs },
  'sharing-groups': { origin: 'MISP', resource: SHARING_GROUPS, toOptions: asIs },
  users: { origin: 'MISP', resource: USERS, toOptions: asIs },
  warninglists: { origin: 'MISP', resource: WARNINGLISTS, toOptions: asIs },
  'enrichment-modules': { origin: 'the enrichment service', resource: ENRICHMENT_MODULES, toOptions: asIs },
};

export const OPTION_SOURCE_NAMES = Object.keys(OPTION_SOURCES);
