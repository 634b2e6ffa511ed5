import {
  attributeTagLink,
  countryGalaxy,
  countryTag,
  eventTagLink,
  osint,
  papRed,
  sofacyGalaxy,
  sofacyTag,
  tlpAmber,
} from './misp-tags';

/**
 * Event 42 in MISP's `fetchEvent` layout (what `event-publish` and `event-after-save-new` pass):
 * models as siblings of `Event`, tags as `EventTag`/`AttributeTag` links, sightings and correlations
 * at the top. Built from core-format.md §2–8 and integration.md §2.
 */
type Rec = Record<string, unknown>;

export const org = (): Rec => ({ id: '1', name: 'CIRCL', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' });

export const eventRow = (): Rec => ({
  id: '42',
  orgc_id: '1',
  org_id: '1',
  date: '2024-10-01',
  threat_level_id: '1',
  info: 'Phishing campaign against banks',
  published: false,
  uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
  attribute_count: '4',
  analysis: '1',
  timestamp: '1727800000',
  distribution: '1',
  proposal_email_lock: false,
  locked: false,
  publish_timestamp: '0',
  sharing_group_id: '0',
  disable_correlation: false,
  extends_uuid: '',
  event_creator_email: 'analyst@example.org',
});

const attributeFields = (id: string, type: string, category: string, value: string, objectId = '0'): Rec => ({
  id,
  type,
  category,
  to_ids: true,
  uuid: `a0000000-0000-4000-8000-000000000${id}`,
  event_id: '42',
  distribution: '5',
  timestamp: '1727800100',
  comment: '',
  sharing_group_id: '0',
  deleted: false,
  disable_correlation: false,
  object_id: objectId,
  object_relation: objectId === '0' ? null : type,
  first_seen: null,
  last_seen: null,
  value,
});

export const ipAttributeFields = (): Rec => attributeFields('100', 'ip-dst', 'Network activity', '203.0.113.7');
export const domainAttributeFields = (): Rec => attributeFields('101', 'domain', 'Network activity', 'evil.example');
export const filenameAttributeFields = (): Rec =>
  attributeFields('102', 'filename', 'Payload delivery', 'invoice.pdf.exe', '7');
export const sha256AttributeFields = (): Rec =>
  attributeFields(
    '103',
    'sha256',
    'Payload delivery',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    '7',
  );

export const sighting = (id: string, attributeId: string): Rec => ({
  id,
  attribute_id: attributeId,
  event_id: '42',
  org_id: '1',
  date_sighting: '1727801000',
  uuid: `5d000000-0000-4000-8000-00000000000${id}`,
  source: 'honeypot',
  type: '0',
  attribute_uuid: `a0000000-0000-4000-8000-000000000${attributeId}`,
  Organisation: org(),
});

/** A proposal: `old_id` "0" = proposal to add, else the id of the attribute it edits. */
export const proposal = (id: string, oldId: string, value: string): Rec => ({
  id,
  old_id: oldId,
  event_id: '42',
  type: 'domain',
  category: 'Network activity',
  uuid: `c0000000-0000-4000-8000-00000000000${id}`,
  to_ids: true,
  comment: 'typo fixed',
  org_id: '2',
  event_uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
  deleted: false,
  timestamp: '1727800500',
  proposal_to_delete: false,
  disable_correlation: false,
  value,
  Org: { id: '2', name: 'ACME', uuid: '6b2d0b1e-4c8a-4f1e-9a0b-1c2d3e4f5a6b' },
});

export const report = (): Rec => ({
  id: '5',
  uuid: 'e0000000-0000-4000-8000-000000000005',
  event_id: '42',
  name: 'Campaign write-up',
  content: 'The actor used @[attribute](a0000000-0000-4000-8000-000000000100).',
  distribution: '5',
  sharing_group_id: '0',
  timestamp: '1727800600',
  deleted: false,
});

export const objectRow = (id = '7'): Rec => ({
  id,
  name: 'file',
  'meta-category': 'file',
  description: 'File object describing a file with meta-information',
  template_uuid: '688c46fb-5edb-40a3-8273-1af7923e2215',
  template_version: '24',
  event_id: '42',
  uuid: `f0000000-0000-4000-8000-00000000000${id}`,
  timestamp: '1727800200',
  distribution: '5',
  sharing_group_id: '0',
  comment: '',
  deleted: false,
  first_seen: null,
  last_seen: null,
});

export const objectReference = (): Rec => ({
  id: '1',
  uuid: 'd0000000-0000-4000-8000-000000000001',
  timestamp: '1727800200',
  object_id: '7',
  event_id: '42',
  source_uuid: 'f0000000-0000-4000-8000-000000000007',
  referenced_uuid: 'a0000000-0000-4000-8000-000000000100',
  referenced_id: '100',
  referenced_type: '0',
  relationship_type: 'connected-to',
  comment: '',
  deleted: false,
});

export const relatedEvent = (): Rec => ({
  Event: {
    id: '12',
    date: '2024-09-20',
    threat_level_id: '2',
    info: 'Older campaign',
    published: true,
    uuid: 'e1200000-0000-4000-8000-000000000012',
    analysis: '2',
    timestamp: '1726800000',
    distribution: '1',
    org_id: '2',
    orgc_id: '2',
    Org: org(),
    Orgc: org(),
  },
});

/** fetchEvent's attributes: tags as `AttributeTag` links, `value1`/`value2`, an empty `SharingGroup`. */
const fetchedAttributes = (): Rec[] => [
  {
    ...ipAttributeFields(),
    value1: '203.0.113.7',
    value2: '',
    SharingGroup: [],
    Galaxy: [],
    ShadowAttribute: [],
    AttributeTag: [attributeTagLink('20', '100', papRed())],
  },
  {
    ...domainAttributeFields(),
    Tag: [osint()],
    Sighting: [],
    ShadowAttribute: [proposal('2', '101', 'evil.example.org')],
  },
];

/** Two objects: a file object with two attributes, and one saved without attributes. */
const fetchedObjects = (): Rec[] => [
  {
    ...objectRow('7'),
    ObjectReference: [objectReference()],
    Attribute: [
      { ...filenameAttributeFields() },
      { ...sha256AttributeFields(), Tag: [countryTag()], Galaxy: [countryGalaxy({})] },
    ],
  },
  { ...objectRow('8'), name: 'domain-ip', Attribute: [] },
];

/** Raw `fetchEvent(...)[0]` for event 42. */
export function fetchEventLayout(): Rec {
  return {
    Event: { ...eventRow(), user_id: '7' },
    Org: org(),
    Orgc: org(),
    SharingGroup: [],
    Attribute: fetchedAttributes(),
    ShadowAttribute: [proposal('1', '0', 'login-evil.example')],
    Object: fetchedObjects(),
    EventTag: [eventTagLink('10', tlpAmber()), eventTagLink('11', sofacyTag())],
    Galaxy: [sofacyGalaxy(), countryGalaxy()],
    RelatedEvent: [relatedEvent()],
    RelatedAttribute: {
      '100': [
        {
          id: '12',
          attribute_id: '900',
          value: '203.0.113.7',
          org_id: '2',
          info: 'Older campaign',
          date: '2024-09-20',
        },
      ],
    },
    Sighting: [sighting('1', '100'), sighting('2', '103')],
    EventReport: [report()],
    CryptographicKey: [],
  };
}
