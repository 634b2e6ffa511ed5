import { defineModule, fail, param } from '@misp-wf/sdk';
import { itemsOrWholeData } from '../../shared/matching-items';
import { eventOf, flattenedAttributes, recordValues, safeExtract, type JsonRecord } from '../../shared/roaming-records';
import { applyTagChanges, attributeTarget, eventTarget, type TagChange } from '../../shared/tag-links';
import { countryClusters, countryNames, countryTags } from './country-clusters';

const DEFAULT_PATH = 'enrichment.{n}.{n}.values.0';
const NO_MATCH = 'No Country galaxy cluster matches the extracted values';

/**
 * Assign country (spec §12.6, blueprints.md §5.6): extracts country names with the hash path (typically from
 * enrichment results) and attaches the matching Country galaxy cluster tags. At attribute scope each
 * attribute gets the countries extracted from itself; MISP pools the countries of all matching attributes
 * and tags every attribute with all of them (divergence, decision 0013).
 */
export const assignCountry = defineModule({
  id: 'assign_country',
  version: '0.2.0',
  type: 'action',
  name: 'Assign country',
  description: 'Add or remove country Galaxy Cluster based on provided data',
  icon: 'globe',
  supportFilters: true,
  expectMispCoreFormat: true,
  params: {
    scope: param.select({
      label: 'Scope',
      default: 'event',
      options: [
        { value: 'event', label: 'Event' },
        { value: 'attribute', label: 'Attributes' },
      ],
    }),
    hash_path: param.input({ label: 'Country Hash path', default: DEFAULT_PATH, placeholder: DEFAULT_PATH }),
    locality: param.select({
      label: 'Tag Locality',
      default: 'local',
      options: [
        { value: 'local', label: 'Local' },
        { value: 'global', label: 'Global' },
      ],
    }),
    galaxy_name: param.select({ label: 'Galaxy Name', options: ['country'], placeholder: 'Pick a galaxy name' }),
    relationship_type: param.input({ label: 'Relationship Type' }),
  },
  run: async (ctx) => {
    const { scope, hash_path: path, locality, relationship_type: relationshipType } = ctx.params;
    if (path === '') return fail('No country hash path set');
    const items = itemsOrWholeData(ctx);
    if (items === false) return fail('The saved filter selector is not a valid path');
    const sources = scope === 'attribute' ? attributeSources(items, path) : eventSource(items, path);
    if (sources.length === 0) return fail(scope === 'attribute' ? 'No attribute matched' : 'No event matched');
    if (sources.every((s) => s.names.length === 0)) return fail(NO_MATCH);
    const clusters = await countryClusters(ctx.misp);
    if (!clusters) return fail('MISP has no Country galaxy', { cause: 'configuration-invalid' });
    const changes = sources.flatMap((source): TagChange[] => {
      const target = source.scope === 'event' ? eventTarget(source.record) : attributeTarget(source.record);
      const add = countryTags(clusters, source.names);
      return target && add.length > 0 ? [{ target, add }] : [];
    });
    if (changes.length === 0) return fail(NO_MATCH);
    const saves = await applyTagChanges(ctx, changes, { local: locality === 'local', relationshipType, removeLocal: null });
    return saves.result('No country could be attached');
  },
});

type Source = { scope: 'event' | 'attribute'; record: JsonRecord; names: string[] };

function eventSource(items: unknown, path: string): Source[] {
  const event = eventOf(items);
  return event ? [{ scope: 'event', record: event, names: countryNames(safeExtract(items, path)) }] : [];
}

/** Each attribute with the countries its own data gives (MISP's `{n}.` prefix is not needed per attribute). */
function attributeSources(items: unknown, path: string): Source[] {
  const attributes = eventOf(items) ? recordValues(flattenedAttributes(items)) : recordValues(items);
  const relative = path.startsWith('{n}.') ? path.slice(4) : path;
  return attributes.map((record) => ({ scope: 'attribute', record, names: countryNames(safeExtract(record, relative)) }));
}
