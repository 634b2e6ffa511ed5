import {
  eventRow,
  filenameAttributeFields,
  ipAttributeFields,
  objectRow,
  org,
  proposal,
  report,
  sha256AttributeFields,
  sighting,
} from './misp-event';
import { attributeTagLink, eventTagLink, papRed, sofacyTag, tlpAmber } from './misp-tags';

/**
 * The raw data each MISP trigger passes (integration.md §2, spec §5.1) and the rows MISP re-fetches
 * while normalising, for event 42 of misp-event.ts.
 */
type Rec = Record<string, unknown>;

/** `quickFetchEvent(42)`: the event row, its creator org and its tag links. */
export const quickFetchEvent = (): Rec => ({
  Event: eventRow(),
  Orgc: org(),
  EventTag: [eventTagLink('10', tlpAmber()), eventTagLink('11', sofacyTag())],
});

/** `Event::beforeSave` data of a new event: the fields being saved, no id yet. */
export const eventBeforeSave = (): Rec => ({
  Event: {
    org_id: '1',
    orgc_id: '1',
    date: '2024-10-01',
    threat_level_id: '1',
    info: 'Phishing campaign against banks',
    published: 0,
    uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
    analysis: '1',
    distribution: '1',
    sharing_group_id: 0,
    user_id: '7',
    timestamp: 1727800000,
  },
});

/** fetchAttribute's event summary. */
export const attributeEventSummary = (): Rec => ({
  id: '42',
  date: '2024-10-01',
  info: 'Phishing campaign against banks',
  uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
  published: false,
  analysis: '1',
  threat_level_id: '1',
  org_id: '1',
  orgc_id: '1',
  distribution: '1',
  sharing_group_id: '0',
  Orgc: org(),
});

/** `fetchAttribute(100)`: a plain attribute with its own tag (with `local`) and sightings. */
export const fetchAttributeIp = (): Rec => ({
  Attribute: { ...ipAttributeFields(), Tag: [{ ...papRed(), local: true }], Sighting: [sighting('1', '100')] },
  Event: attributeEventSummary(),
});

/** `fetchAttribute(103)`: an object attribute; fetchAttribute adds the `Object` row. */
export const fetchAttributeSha256 = (): Rec => ({
  Attribute: { ...sha256AttributeFields(), Tag: [] },
  Event: attributeEventSummary(),
  Object: objectRow('7'),
});

/** `MispObject::afterSave` data; `withAttributes` false = saved before its attributes. */
export const objectAfterSave = (withAttributes = true): Rec => ({
  Object: withAttributes
    ? { ...objectRow('7'), Attribute: [filenameAttributeFields(), sha256AttributeFields()] }
    : objectRow('7'),
});

export const eventReportAfterSave = (): Rec => ({ EventReport: report() });
export const proposalToAdd = (): Rec => ({ ShadowAttribute: proposal('1', '0', 'login-evil.example') });
export const proposalToEdit = (): Rec => ({ ShadowAttribute: proposal('2', '101', 'evil.example.org') });

/** `getSighting(3)`: the sighting row with event and attribute summaries. */
export const sightingAfterSave = (attributeId = '100'): Rec => ({
  Sighting: {
    ...sighting('3', attributeId),
    Event: {
      id: '42',
      uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
      orgc_id: '1',
      org_id: '1',
      info: 'Phishing campaign against banks',
      Orgc: { name: 'CIRCL' },
    },
    Attribute: {
      value: '203.0.113.7',
      id: attributeId,
      uuid: `a0000000-0000-4000-8000-000000000${attributeId}`,
      type: 'ip-dst',
      category: 'Network activity',
      to_ids: true,
    },
  },
});

/** `EventTag::afterSave`: tag fields plus link fields, `local` for event tags only. */
export const eventTagAttached = (): Rec => ({ Tag: { ...tlpAmber(), event_id: '42', local: true } });
export const attributeTagAttached = (): Rec => ({ Tag: { ...papRed(), event_id: '42', attribute_id: '100' } });

export const postAfterSave = (): Rec => ({
  Post: {
    id: '3',
    date_created: '2024-10-02 09:00:00',
    date_modified: '2024-10-02 09:00:00',
    user_id: '7',
    contents: 'Is 203.0.113.7 a false positive?',
    post_id: '0',
    thread_id: '2',
  },
});

export const threadRow = (eventId = '42'): Rec => ({
  id: '2',
  date_created: '2024-10-02 09:00:00',
  date_modified: '2024-10-02 09:00:00',
  distribution: '1',
  user_id: '7',
  post_count: '1',
  event_id: eventId,
  title: 'Phishing campaign against banks',
  org_id: '1',
  sharing_group_id: '0',
});

/** `User::beforeSave` / `afterSave`: the bare user fields, password already hashed. */
export const userFields = (): Rec => ({
  id: '7',
  org_id: '1',
  email: 'analyst@example.org',
  autoalert: false,
  invited_by: '1',
  gpgkey: '',
  certif_public: '',
  nids_sid: '4000000',
  termsaccepted: true,
  newsread: '0',
  role_id: '3',
  change_pw: false,
  contactalert: false,
  disabled: false,
  expiration: null,
  force_logout: false,
  date_created: '1727700000',
  date_modified: '1727800000',
  password: '$2y$10$abcdefghijklmnopqrstuv',
});

export const logAfterSave = (): Rec => ({
  Log: {
    id: '1234',
    title: 'Event (42): Phishing campaign against banks',
    created: '2024-10-01 10:00:00',
    model: 'Event',
    model_id: '42',
    action: 'edit',
    user_id: '7',
    change: 'published (1) => (0)',
    email: 'analyst@example.org',
    org: 'CIRCL',
    description: null,
    ip: '127.0.0.1',
  },
});

/** Attribute enrichment: `fetchAttributes(…, includeAllTags, flatten)[0]` plus `_module`. */
export const enrichmentOnAttribute = (): Rec => ({
  Attribute: { ...ipAttributeFields(), AttributeTag: [attributeTagLink('20', '100', papRed())] },
  Event: {
    id: '42',
    info: 'Phishing campaign against banks',
    org_id: '1',
    orgc_id: '1',
    uuid: 'b7a3c2f0-6d7e-4a5b-9c1d-2e3f4a5b6c7d',
    distribution: '1',
    sharing_group_id: '0',
  },
  EventTag: [eventTagLink('10', tlpAmber())],
  _module: 'virustotal',
});
