import { phpEmpty } from '../php';
import type { JsonRecord } from './core-format.types';
import { isRecord, listItems, omitKeys } from './record-utils';

const SHARING_GROUP = new Set(['SharingGroup']);

function isEmptyRecord(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 0;
}

/** A cluster whose `meta` MISP would replace by `new stdClass()`; `{}` already is that. */
function fixCluster(cluster: unknown): unknown {
  if (!isRecord(cluster) || !phpEmpty(cluster['meta']) || isEmptyRecord(cluster['meta'])) return cluster;
  return { ...cluster, meta: {} };
}

function fixGalaxy(galaxy: unknown): unknown {
  if (!isRecord(galaxy)) return galaxy;
  const clusters = listItems(galaxy['GalaxyCluster']);
  if (clusters === undefined) return galaxy;
  const fixed = clusters.map(fixCluster);
  return fixed.some((cluster, i) => cluster !== clusters[i]) ? { ...galaxy, GalaxyCluster: fixed } : galaxy;
}

/**
 * JSONConverterTool: an empty galaxy cluster `meta` becomes `{}` (PHP would encode `[]`). Returns
 * the input itself when no cluster changes, so untouched galaxies keep their identity.
 */
export function fixGalaxyMeta(galaxies: unknown): unknown {
  const items = listItems(galaxies);
  if (items === undefined) return galaxies;
  const fixed = items.map(fixGalaxy);
  return fixed.some((galaxy, i) => galaxy !== items[i]) ? fixed : galaxies;
}

/**
 * JSONConverterTool `__cleanAnalystData` (Note, Opinion, Relationship): drops an empty
 * `SharingGroup` from each entry and re-indexes the list (`array_values`).
 */
export function cleanAnalystData(entries: unknown): unknown {
  const items = listItems(entries);
  if (items === undefined) return entries;
  const cleaned = items.map((entry) =>
    isRecord(entry) && hasEmptySharingGroup(entry) ? omitKeys(entry, SHARING_GROUP) : entry,
  );
  const unchanged = Array.isArray(entries) && cleaned.every((entry, i) => entry === items[i]);
  return unchanged ? entries : cleaned;
}

/** A record's `SharingGroup` is dropped when PHP-empty (JSONConverterTool, events and attributes). */
export function hasEmptySharingGroup(record: JsonRecord): boolean {
  return Object.prototype.hasOwnProperty.call(record, 'SharingGroup') && phpEmpty(record['SharingGroup']);
}
