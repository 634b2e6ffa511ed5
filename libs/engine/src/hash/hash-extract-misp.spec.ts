import { Hash } from './hash';
import type { ExtractCase } from './hash-extract.spec';

type Json = { [key: string]: Json } & Json[];
/** A MISP core-format event as the workflow converter produces it (Attribute, Object, Tag, Galaxy, _AttributeFlattened). */
// Loaded by Jest's module loader (JSON), so the spec needs no file-system import.
export const mispEvent = jest.requireActual<Json>(
  './__fixtures__/misp-event.json',
);
const event = mispEvent['Event'];
const flat = event['_AttributeFlattened'];

const SOFACY = 'misp-galaxy:threat-actor="Sofacy"';
const PHISHING = 'rsit:fraud="phishing"';
const EV = ['tlp:white', SOFACY, 'PAP:AMBER'];
const F = 'Event._AttributeFlattened.{n}';

// prettier-ignore
export const mispExtractCases: readonly ExtractCase[] = [
  { name: 'event info (simple path)', data: mispEvent, path: 'Event.info', expected: ['Phishing campaign targeting finance'] },
  { name: 'event tag list (simple path returns the list)', data: mispEvent, path: 'Event.Tag', expected: event['Tag'] },
  { name: 'published=false is set', data: mispEvent, path: 'Event.published', expected: [false] },
  { name: 'empty RelatedEvent list', data: mispEvent, path: 'Event.RelatedEvent', expected: [] },
  { name: 'creator org (simple path to an object)', data: mispEvent, path: 'Event.Orgc', expected: event['Orgc'] },
  { name: 'creator org name', data: mispEvent, path: 'Event.Orgc.name', expected: ['CIRCL'] },
  { name: 'tag-if scope event', data: mispEvent, path: 'Event.Tag.{n}.name', expected: EV },
  { name: 'tag-if scope attribute', data: mispEvent, path: `${F}.Tag.{n}.name`, expected: ['tlp:green', 'PAP:RED', PHISHING, 'tlp:white', 'tlp:white', 'tlp:green'] },
  {
    name: 'tag-if scope event_attribute',
    data: mispEvent,
    path: `${F}._allTags.{n}.name`,
    expected: [...EV, 'tlp:green', ...EV, ...EV, 'PAP:RED', PHISHING, ...EV, ...EV, 'tlp:white', ...EV, 'tlp:white', ...EV, ...EV, ...EV, ...EV, 'tlp:green'],
  },
  { name: 'own tags through _allTags[inherited=false]', data: mispEvent, path: `${F}._allTags.{n}[inherited=false].name`, expected: ['tlp:green', 'PAP:RED', PHISHING, 'tlp:white', 'tlp:white', 'tlp:green'] },
  { name: 'inherited=0 compares the boolean as "0"', data: mispEvent, path: `${F}._allTags.{n}[inherited=0].name`, expected: ['tlp:green', 'PAP:RED', PHISHING, 'tlp:white', 'tlp:white', 'tlp:green'] },
  { name: 'default attribute selection', data: mispEvent, path: F, expected: flat },
  {
    name: 'all flattened values',
    data: mispEvent,
    path: `${F}.value`,
    expected: ['203.0.113.7', 'evil.example.com', 'ceo@example.org', '64496', 'https://evil.example.com/login.php?id=42', 'invoice.pdf.exe', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '48213', 'cdn.evil.example.com', '198.51.100.23'],
  },
  { name: 'attributes of a type', data: mispEvent, path: `${F}[type=ip-dst].value`, expected: ['203.0.113.7', '198.51.100.23'] },
  { name: 'to_ids=1', data: mispEvent, path: `${F}[to_ids=1].id`, expected: ['101', '102', '105', '301', '302', '304', '305'] },
  { name: 'to_ids=true', data: mispEvent, path: `${F}[to_ids=true].id`, expected: ['101', '102', '105', '301', '302', '304', '305'] },
  { name: 'to_ids=0', data: mispEvent, path: `${F}[to_ids=0].id`, expected: ['103', '104', '303'] },
  { name: 'object attributes by object_id', data: mispEvent, path: `${F}[object_id!=0].id`, expected: ['301', '302', '303', '304', '305'] },
  { name: 'object_relation presence (null for plain attributes)', data: mispEvent, path: `${F}[object_relation].id`, expected: ['301', '302', '303', '304', '305'] },
  { name: 'object relation value', data: mispEvent, path: `${F}[object_relation=ip].value`, expected: ['198.51.100.23'] },
  { name: 'category with a space', data: mispEvent, path: `${F}[category=Network activity].id`, expected: ['101', '102', '104', '105', '304', '305'] },
  { name: 'two conditions', data: mispEvent, path: `${F}[category=Network activity][to_ids=1].id`, expected: ['101', '102', '105', '304', '305'] },
  { name: 'regex on value', data: mispEvent, path: `${F}[value=/^203\\./].id`, expected: ['101'] },
  { name: 'regex alternation', data: mispEvent, path: `${F}[value=/example\\.(com|org)/].id`, expected: ['102', '103', '105', '304'] },
  { name: 'regex on type', data: mispEvent, path: 'Event.Attribute.{n}[type=/^(ip-dst|domain)$/].value', expected: ['203.0.113.7', 'evil.example.com'] },
  { name: 'timestamps compare numerically', data: mispEvent, path: `${F}[timestamp>1714640003].id`, expected: ['104', '105', '304', '305'] },
  { name: 'disable_correlation=true', data: mispEvent, path: `${F}[disable_correlation=true].value`, expected: ['48213'] },
  { name: 'comment with a space', data: mispEvent, path: `${F}[comment=Spoofed sender].value`, expected: ['ceo@example.org'] },
  { name: '"!=" without a value is no condition', data: mispEvent, path: `${F}[comment!=].id`, expected: ['101', '102', '103', '104', '105', '301', '302', '303', '304', '305'] },
  { name: 'distribution "5" inherit', data: mispEvent, path: 'Event.Attribute.{n}[distribution=5].id', expected: ['101', '102', '103', '104', '105'] },
  { name: 'distribution and sharing group', data: mispEvent, path: 'Event.Attribute.{n}[distribution>=5][sharing_group_id=0].id', expected: ['101', '102', '103', '104', '105'] },
  { name: 'first_seen is null everywhere', data: mispEvent, path: 'Event.Attribute.{n}[first_seen]', expected: [] },
  { name: 'attribute tag lists', data: mispEvent, path: 'Event.Attribute.{n}.Tag', expected: (event['Attribute'] as Json).map((a) => a['Tag']) },
  { name: 'object names', data: mispEvent, path: 'Event.Object.{n}.name', expected: ['file', 'domain-ip'] },
  { name: 'object template_version compares numerically', data: mispEvent, path: 'Event.Object.{n}[template_version>10].name', expected: ['file'] },
  { name: 'attribute names may contain "-"', data: mispEvent, path: 'Event.Object.{n}[meta-category=network].id', expected: ['202'] },
  { name: 'attributes of the file object', data: mispEvent, path: 'Event.Object.{n}[name=file].Attribute.{n}.value', expected: ['invoice.pdf.exe', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '48213'] },
  { name: 'object attribute by relation', data: mispEvent, path: 'Event.Object.{n}.Attribute.{n}[object_relation=ip].value', expected: ['198.51.100.23'] },
  { name: 'converter flattening of object attributes', data: mispEvent, path: 'Event.Object.{n}.Attribute.{n}.id', expected: ['301', '302', '303', '304', '305'] },
  { name: 'object attribute lists', data: mispEvent, path: 'Event.Object.{n}.Attribute', expected: (event['Object'] as Json).map((o) => o['Attribute']) },
  { name: 'galaxy cluster tag names', data: mispEvent, path: 'Event.Galaxy.{n}.GalaxyCluster.{n}.tag_name', expected: [SOFACY] },
  { name: 'cluster synonyms list', data: mispEvent, path: 'Event.Galaxy.{n}.GalaxyCluster.{n}.meta.synonyms', expected: [['APT28', 'Fancy Bear', 'Sednit']] },
  { name: 'cluster synonyms', data: mispEvent, path: 'Event.Galaxy.{n}.GalaxyCluster.{n}.meta.synonyms.{n}', expected: ['APT28', 'Fancy Bear', 'Sednit'] },
  { name: 'cluster country', data: mispEvent, path: 'Event.Galaxy.{n}.GalaxyCluster.{n}.meta.country.0', expected: ['RU'] },
  { name: 'default clusters', data: mispEvent, path: 'Event.Galaxy.{n}.GalaxyCluster.{n}[default=true].value', expected: ['Sofacy'] },
  { name: 'case-insensitive tag regex', data: mispEvent, path: 'Event.Tag.{n}[name=/^TLP:/i].name', expected: ['tlp:white'] },
  { name: 'case-sensitive tag regex', data: mispEvent, path: 'Event.Tag.{n}[name=/^TLP:/].name', expected: [] },
  { name: 'galaxy tags by regex', data: mispEvent, path: 'Event.Tag.{n}[name=/^misp-galaxy:/].name', expected: [SOFACY] },
  { name: 'galaxy tags by flag', data: mispEvent, path: 'Event.Tag.{n}[is_galaxy=true].id', expected: ['7'] },
  { name: 'numerical_value null on event tags', data: mispEvent, path: 'Event.Tag.{n}[numerical_value].name', expected: [] },
  { name: 'numerical_value int against "50"', data: mispEvent, path: `${F}.Tag.{n}[numerical_value>=50].name`, expected: [PHISHING] },
  { name: 'local tags', data: mispEvent, path: `${F}.Tag.{n}[local=1].name`, expected: ['PAP:RED'] },
  { name: 'exportable=true', data: mispEvent, path: 'Event.Tag.{n}[exportable=true].name', expected: EV },
  { name: 'hide_tag=0', data: mispEvent, path: 'Event.Tag.{n}[hide_tag=0].name', expected: EV },
  { name: 'condition on the Event map', data: mispEvent, path: 'Event[published=false].info', expected: ['Phishing campaign targeting finance'] },
  { name: 'published=0', data: mispEvent, path: 'Event[published=0].id', expected: ['42'] },
  { name: 'threat level', data: mispEvent, path: 'Event[threat_level_id<=2].id', expected: ['42'] },
  { name: 'org condition', data: mispEvent, path: 'Event.Orgc[name=CIRCL].uuid', expected: ['55f6ea5e-2c60-40e5-964f-47a8950d210f'] },
  { name: '{s} at the top', data: mispEvent, path: '{s}.id', expected: ['42'] },
  { name: '{*} at the top', data: mispEvent, path: '{*}.Orgc.name', expected: ['CIRCL'] },
  { name: 'abuseipdb blueprint path', data: mispEvent, path: `${F}.enrichment.{n}.Object.{n}[name=abuseipdb].Attribute.{n}[object_relation=is-malicious].value`, expected: ['1'] },
  { name: 'google-safe-browsing blueprint path', data: mispEvent, path: `${F}.enrichment.{n}.Object.{n}[name=google-safe-browsing].Attribute.{n}[object_relation=malicious].value`, expected: ['1'] },
  { name: 'bgp-ranking blueprint path', data: mispEvent, path: `${F}.enrichment.{n}.Object.{n}[name=bgp-ranking].Attribute.{n}[object_relation=position][value<50].type`, expected: ['float'] },
  { name: 'bgp-ranking with a stricter bound', data: mispEvent, path: `${F}.enrichment.{n}.Object.{n}[name=bgp-ranking].Attribute.{n}[object_relation=position][value<10].type`, expected: [] },
  { name: 'bgp asn through the AS attribute', data: mispEvent, path: `${F}[type=AS].enrichment.{n}.Object.{n}.Attribute.{n}[object_relation=asn].value`, expected: ['64496'] },
  { name: 'enrichment errors', data: mispEvent, path: `${F}.enrichment.{n}.error`, expected: ['Module mmdb_lookup timed out'] },
  { name: 'enriched attributes', data: mispEvent, path: `${F}[enrichment].type`, expected: ['ip-dst', 'AS', 'url', 'filename'] },
  { name: 'warning categories', data: mispEvent, path: `${F}.warnings.{n}.warninglist_category`, expected: ['false_positive'] },
  { name: 'feed hits', data: mispEvent, path: `${F}.Feed.{n}.name`, expected: ['Tor exit nodes'] },
  // paths evaluated relative to one item (saved filter / generic filter "path")
  { name: 'item: geolocation object name', data: flat[0], path: 'enrichment.{n}.Object.0.name', expected: ['geolocation'] },
  { name: 'item: country from enrichment', data: flat[0], path: 'enrichment.{n}.Object.0.Attribute.{n}[object_relation=country].value', expected: ['Luxembourg'] },
  { name: 'item: assign_country default hash path', data: flat[0], path: 'enrichment.{n}.{n}.values.0', expected: ['Luxembourg'] },
  { name: 'item: bgp-ranking on the AS attribute', data: flat[3], path: 'enrichment.{n}.Object.{n}[name=bgp-ranking].Attribute.{n}[object_relation=position][value<50].type', expected: ['float'] },
  { name: 'item: bgp-ranking on another attribute', data: flat[0], path: 'enrichment.{n}.Object.{n}[name=bgp-ranking].Attribute.{n}[object_relation=position][value<50].type', expected: [] },
  { name: 'item: hashlookup FileName', data: flat[5], path: 'enrichment.{n}.Object.{n}.Attribute.{n}[object_relation=FileName].type', expected: ['filename'] },
  { name: 'item: warnings', data: flat[0], path: 'warnings.{n}.warninglist_category', expected: ['false_positive'] },
  { name: 'item: feed names', data: flat[0], path: 'Feed.{n}.name', expected: ['Tor exit nodes'] },
  { name: 'item: own tags', data: flat[2], path: 'Tag.{n}.name', expected: ['PAP:RED', PHISHING] },
  { name: 'item: all tags', data: flat[2], path: '_allTags.{n}.name', expected: [...EV, 'PAP:RED', PHISHING] },
  { name: 'item: no own tags', data: flat[1], path: 'Tag.{n}.name', expected: [] },
  { name: 'item: the Event as item (selector "")', data: event, path: 'Tag.{n}.name', expected: EV },
  { name: 'item: object list flattening', data: event['Object'], path: '{n}.Attribute.{n}.id', expected: ['301', '302', '303', '304', '305'] },
  { name: 'walk result: blocking node ids', data: { blocking_nodes: [{ id: 3, data: { id: 'tag-if' } }, { id: 8, data: { id: 'stop-execution' } }] }, path: 'blocking_nodes.{n}.data.id', expected: ['tag-if', 'stop-execution'] },
  { name: 'module index ids', data: [{ id: 'tag-if', name: 'IF :: Tag' }, { id: 'enrich-event', name: 'Enrich Event' }], path: '{n}.id', expected: ['tag-if', 'enrich-event'] },
];

describe('Hash.extract on MISP data', () => {
  it.each(mispExtractCases)('$name', ({ data, path, expected }) => {
    expect(Hash.extract(data, path)).toEqual(expected);
  });
});
