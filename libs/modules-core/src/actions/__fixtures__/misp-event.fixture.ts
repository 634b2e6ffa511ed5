import { convertEventToCoreFormat } from '@misp-wf/engine';

/**
 * An event as MISP's `GET /events/view/{id}` returns it (ids as strings, flags as booleans): two event tags
 * (one local), two attributes, a `file` object with two attributes, and the creator organisation.
 */
export function mispEventView(): Record<string, unknown> {
  return {
    Event: {
      id: '42',
      uuid: 'c99506a6-1255-4b71-afa5-7b8ba48c3b1b',
      info: 'Phishing campaign',
      date: '2024-10-01',
      threat_level_id: '2',
      analysis: '1',
      distribution: '1',
      sharing_group_id: '0',
      published: true,
      timestamp: '1727776800',
      publish_timestamp: '1727776900',
      org_id: '1',
      orgc_id: '2',
      Orgc: { id: '2', name: 'CIRCL', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' },
      Org: { id: '1', name: 'ORGNAME', uuid: '5f6b9e1a-7c2d-4e3f-8a9b-0c1d2e3f4a5b' },
      Tag: [tag('3', 'tlp:amber', false), tag('7', 'misp-workflow:run="allowed"', true)],
      Attribute: [
        attribute({ id: '101', uuid: '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a01', type: 'ip-dst', value: '8.8.8.8', Tag: [tag('9', 'TLP:GREEN', false)] }),
        attribute({ id: '102', uuid: '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a02', type: 'domain', category: 'Network activity', value: 'evil.example', to_ids: false }),
      ],
      Object: [
        {
          id: '7',
          uuid: '9d2b3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
          name: 'file',
          'meta-category': 'file',
          event_id: '42',
          distribution: '5',
          sharing_group_id: '0',
          timestamp: '1727776800',
          deleted: false,
          Attribute: [
            attribute({ id: '103', uuid: '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a03', object_id: '7', object_relation: 'md5', type: 'md5', category: 'Payload delivery', value: 'd41d8cd98f00b204e9800998ecf8427e' }),
            attribute({ id: '104', uuid: '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a04', object_id: '7', object_relation: 'filename', type: 'filename', category: 'Payload delivery', value: 'invoice.exe', to_ids: false, Tag: [tag('11', 'pap:red', true)] }),
          ],
        },
      ],
    },
  };
}

/** The fixture (or a variant of it) converted to MISP core format, as a core-format trigger hands it to the workflow. */
export function coreFormatEvent(raw: unknown = mispEventView()): Record<string, unknown> {
  const converted = convertEventToCoreFormat(raw);
  if (!converted.ok) throw new Error(converted.error.message);
  return { ...converted.data };
}

function tag(id: string, name: string, local: boolean) {
  return { id, name, colour: '#ffffff', exportable: true, user_id: '0', hide_tag: false, numerical_value: null, is_galaxy: false, is_custom_galaxy: false, local_only: false, local, relationship_type: null };
}

function attribute(fields: Record<string, unknown>) {
  return {
    event_id: '42',
    object_id: '0',
    object_relation: null,
    category: 'Network activity',
    to_ids: true,
    distribution: '5',
    sharing_group_id: '0',
    timestamp: '1727776800',
    comment: '',
    deleted: false,
    disable_correlation: false,
    first_seen: null,
    last_seen: null,
    Tag: [],
    ...fields,
  };
}
