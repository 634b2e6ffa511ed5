/**
 * Load events of the performance anchors §3: MISP events (the `fetchEvent` shape MISP's `event-publish` hook
 * sends) with 60 % top-level attributes and 40 % in file / domain-ip / url objects, tags on ~10 % of the
 * attributes, and the worst case for the flows' checks: the only `tlp:white` on the very last object
 * attribute and no `tlp:red`, so every request scans everything and flow A always posts its webhook.
 */

type Tag = { id: string; name: string; colour: string; exportable: boolean; user_id: string; hide_tag: boolean; numerical_value: null; is_galaxy: boolean; is_custom_galaxy: boolean; local_only: boolean; local: number; relationship_type: null };
type Attribute = Record<string, unknown> & { Tag?: Tag[] };

const TAG_NAMES = ['tlp:amber', 'tlp:green', 'type:OSINT', 'admiralty-scale:source-reliability="b"', 'kill-chain:Delivery'];

function tag(id: number, name: string): Tag {
  return { id: String(id), name, colour: '#33822d', exportable: true, user_id: '0', hide_tag: false, numerical_value: null, is_galaxy: false, is_custom_galaxy: false, local_only: false, local: 0, relationship_type: null };
}

function uuid(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const OBJECT_TEMPLATES: Record<string, { relation: string; type: string; category: string; value: (n: number) => string }[]> = {
  file: [
    { relation: 'filename', type: 'filename', category: 'Payload delivery', value: (n) => `invoice-${n}.pdf.exe` },
    { relation: 'md5', type: 'md5', category: 'Payload delivery', value: (n) => n.toString(16).padStart(32, '0') },
    { relation: 'sha256', type: 'sha256', category: 'Payload delivery', value: (n) => n.toString(16).padStart(64, 'a') },
    { relation: 'size-in-bytes', type: 'size-in-bytes', category: 'Other', value: (n) => String(1000 + n) },
  ],
  'domain-ip': [
    { relation: 'domain', type: 'domain', category: 'Network activity', value: (n) => `host-${n}.example.net` },
    { relation: 'ip', type: 'ip-dst', category: 'Network activity', value: (n) => `198.51.${(n >> 8) & 255}.${n & 255}` },
  ],
  url: [{ relation: 'url', type: 'url', category: 'Network activity', value: (n) => `https://www.example.org/landing/${n}/index.php?id=${n * 7}` }],
};
const OBJECT_NAMES = Object.keys(OBJECT_TEMPLATES);

function attribute(eventId: string, n: number, type: string, category: string, value: string, objectId: string, relation: string | null): Attribute {
  return {
    id: String(n),
    type,
    category,
    to_ids: n % 3 === 0,
    uuid: uuid(0xa, n),
    event_id: eventId,
    distribution: '5',
    timestamp: String(1_700_000_000 + n),
    comment: n % 4 === 0 ? `seen in campaign ${n % 17} (sandbox report)` : 'imported from OSINT feed',
    sharing_group_id: '0',
    deleted: false,
    disable_correlation: false,
    object_id: objectId,
    object_relation: relation,
    first_seen: null,
    last_seen: null,
    value,
  };
}

/** A MISP event of `attributes` attributes; `seq` makes its id/uuid unique (one per load connection). */
export function mispEvent(attributes: number, seq = 0): Record<string, unknown> {
  const eventId = String(1000 + seq);
  const topLevel = Math.round(attributes * 0.6);
  const flat: Attribute[] = [];
  for (let n = 1; n <= topLevel; n++) {
    const ip = n % 2 === 0;
    flat.push(attribute(eventId, n, ip ? 'ip-dst' : 'domain', 'Network activity', ip ? `203.0.${(n >> 8) & 255}.${n & 255}` : `c2-${n}.example.com`, '0', null));
  }
  const objects: Record<string, unknown>[] = [];
  let n = topLevel;
  while (n < attributes) {
    const name = OBJECT_NAMES[objects.length % OBJECT_NAMES.length];
    const objectId = String(objects.length + 1);
    const members = OBJECT_TEMPLATES[name].slice(0, attributes - n).map((t) => {
      n++;
      return attribute(eventId, n, t.type, t.category, t.value(n), objectId, t.relation);
    });
    objects.push({
      id: objectId,
      name,
      meta_category: name === 'file' ? 'file' : 'network',
      description: `${name} object`,
      template_uuid: uuid(0xb, OBJECT_NAMES.indexOf(name)),
      template_version: '1',
      event_id: eventId,
      uuid: uuid(0xc, objects.length + 1),
      timestamp: String(1_700_000_000 + n),
      distribution: '5',
      sharing_group_id: '0',
      comment: '',
      deleted: false,
      first_seen: null,
      last_seen: null,
      Attribute: members,
    });
    flat.push(...members);
  }
  flat.forEach((a, i) => {
    if (i % 10 === 5) a.Tag = [tag(10 + (i % TAG_NAMES.length), TAG_NAMES[i % TAG_NAMES.length])];
  });
  const last = flat[flat.length - 1];
  if (last) last.Tag = [...(last.Tag ?? []), tag(1, 'tlp:white')];
  return {
    Event: {
      id: eventId,
      orgc_id: '1',
      org_id: '1',
      date: '2026-11-20',
      threat_level_id: '2',
      info: `Benchmark event with ${attributes} attributes`,
      published: false,
      uuid: uuid(0xe, seq),
      attribute_count: String(attributes),
      analysis: '1',
      timestamp: '1700000000',
      distribution: '1',
      proposal_email_lock: false,
      locked: false,
      publish_timestamp: '0',
      sharing_group_id: '0',
      disable_correlation: false,
      extends_uuid: '',
      Org: { id: '1', name: 'ORGNAME', uuid: uuid(0xf, 1), local: true },
      Orgc: { id: '1', name: 'ORGNAME', uuid: uuid(0xf, 1), local: true },
      Tag: [tag(2, 'tlp:amber'), tag(3, 'osint:source-type="blog-post"')],
      Attribute: flat.slice(0, topLevel),
      Object: objects,
      ShadowAttribute: [],
      RelatedEvent: [],
      Galaxy: [],
      EventReport: [],
    },
  };
}

/** The `{data}` hook bodies for `connections` load connections, one event uuid each (see load.ts). */
export function hookBodies(attributes: number, connections: number): Buffer[] {
  return Array.from({ length: connections }, (_, i) => Buffer.from(JSON.stringify({ data: mispEvent(attributes, i + 1) })));
}

/** What MISP's `attribute-after-save` sends for one saved attribute (a feed pull sends one per attribute). */
export function attributeSaved(n: number): Record<string, unknown> {
  return {
    Attribute: { ...attribute('12', n, 'ip-dst', 'Network activity', `192.0.2.${n % 250}`, '0', null), Tag: n % 10 === 0 ? [tag(10, 'tlp:green')] : [] },
    Event: { id: '12', uuid: uuid(0xe, 12), info: 'feed pull', orgc_id: '1', org_id: '1', distribution: '1', published: false, Orgc: { id: '1', name: 'ORGNAME' } },
  };
}
