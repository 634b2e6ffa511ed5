/** Ready-made payloads for "Run with data": the raw event MISP passes to event triggers (fetchEvent shape). */
export type SampleEvent = { id: string; label: string; data: unknown };

function tag(name: string) {
  return { id: '9', name, colour: '#ffffff', exportable: true, local: false };
}

function event(args: { info: string; eventTags?: string[]; attributeTags?: string[]; published?: boolean }) {
  return {
    Event: {
      id: '12',
      uuid: '5f1c6b1e-2b5c-4c0e-9a35-2a8f1b0e7c11',
      info: args.info,
      date: '2026-11-23',
      threat_level_id: '2',
      analysis: '1',
      distribution: '1',
      published: args.published ?? false,
      orgc_id: '1',
      org_id: '1',
      Orgc: { id: '1', name: 'ORGNAME', uuid: 'c5de83b4-36ba-49d6-9530-2a315caeece6' },
      Tag: (args.eventTags ?? []).map(tag),
      Attribute: [
        { id: '1', event_id: '12', object_id: '0', type: 'ip-dst', category: 'Network activity', value: '192.0.2.1', to_ids: true, distribution: '5', Tag: (args.attributeTags ?? []).map(tag) },
        { id: '2', event_id: '12', object_id: '0', type: 'domain', category: 'Network activity', value: 'example.test', to_ids: true, distribution: '5', Tag: [] },
      ],
      Object: [],
    },
  };
}

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  { id: 'tlp-red-event', label: 'Event tagged tlp:red', data: event({ info: 'Sample event tagged tlp:red', eventTags: ['tlp:red'] }) },
  { id: 'tlp-red-attribute', label: 'Event with a tlp:red attribute', data: event({ info: 'Sample event, attribute tagged tlp:red', attributeTags: ['tlp:red'] }) },
  { id: 'tlp-green-event', label: 'Event tagged tlp:green', data: event({ info: 'Sample event tagged tlp:green', eventTags: ['tlp:green'] }) },
  { id: 'untagged-event', label: 'Untagged event', data: event({ info: 'Sample untagged event' }) },
];
