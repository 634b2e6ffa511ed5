/**
 * Tags, galaxies and clusters as MISP 2.5 emits them (core-format.md §5–6): ids as strings, flags as
 * booleans. Every function returns a fresh object so a test can freeze or compare identities.
 */
type Rec = Record<string, unknown>;

const tagFields = (id: string, name: string, colour: string): Rec => ({
  id,
  name,
  colour,
  exportable: true,
  user_id: '0',
  hide_tag: false,
  numerical_value: null,
  is_galaxy: name.startsWith('misp-galaxy:'),
  is_custom_galaxy: false,
  local_only: false,
});

export const tlpAmber = (): Rec => tagFields('2', 'tlp:amber', '#FFC000');
export const sofacyTag = (): Rec => tagFields('9', 'misp-galaxy:threat-actor="Sofacy"', '#0088cc');
export const papRed = (): Rec => tagFields('3', 'PAP:RED', '#ff0000');
export const osint = (): Rec => tagFields('4', 'type:OSINT', '#004646');
export const countryTag = (): Rec => tagFields('11', 'misp-galaxy:country="russia"', '#0088cc');

/** `EventTag` / `AttributeTag` link rows: the tag carries the `org_id` column JSONConverterTool removes. */
export const eventTagLink = (id: string, tag: Rec): Rec => ({
  id,
  event_id: '42',
  tag_id: tag['id'],
  local: false,
  relationship_type: null,
  Tag: { ...tag, org_id: '0' },
});

export const attributeTagLink = (id: string, attributeId: string, tag: Rec): Rec => ({
  id,
  attribute_id: attributeId,
  tag_id: tag['id'],
  local: true,
  relationship_type: null,
  Tag: { ...tag, org_id: '0' },
});

const clusterFields = (id: string, value: string, tagName: string, meta: unknown): Rec => ({
  id,
  uuid: `7cdff317-a673-4474-84ec-4f1754947${id.padStart(3, '0')}`,
  collection_uuid: '7cdff317-a673-4474-84ec-4f1754947000',
  type: tagName.split(':')[1].split('=')[0],
  value,
  tag_name: tagName,
  description: `${value} cluster`,
  galaxy_id: '3',
  source: 'MISP Project',
  authors: ['Alexandre Dulaunoy'],
  version: '1',
  distribution: '3',
  default: true,
  local: false,
  meta,
});

export const sofacyGalaxy = (): Rec => ({
  id: '3',
  uuid: '698774c7-8022-42c4-917f-8d6e4f06ada3',
  name: 'Threat Actor',
  type: 'threat-actor',
  description: 'Threat actors are characteristics of malicious actors.',
  version: '3',
  icon: 'user-secret',
  namespace: 'misp',
  GalaxyCluster: [clusterFields('45', 'Sofacy', 'misp-galaxy:threat-actor="Sofacy"', { country: ['RU'] })],
});

/** A country cluster with PHP's empty `meta` (`[]`), which JSONConverterTool turns into `{}`. */
export const countryGalaxy = (meta: unknown = []): Rec => ({
  id: '4',
  uuid: '84668357-5a8c-4bdd-9f0f-6b50b2aee4c1',
  name: 'Country',
  type: 'country',
  description: 'Country meta information.',
  version: '1',
  icon: 'globe',
  namespace: 'misp',
  GalaxyCluster: [clusterFields('61', 'russia', 'misp-galaxy:country="russia"', meta)],
});
