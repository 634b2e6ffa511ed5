/**
 * Builders for MISP core-format events in module tests: `_AttributeFlattened` and `_allTags` are filled
 * the way the platform's converter does (event tags first, marked `inherited`).
 */
export type TestAttribute = { id?: string; type?: string; category?: string; value: string; to_ids?: boolean; tags?: string[]; object_id?: string };

export function coreEvent(opts: { id?: string; info?: string; tags?: string[]; attributes?: TestAttribute[]; extra?: Record<string, unknown> } = {}) {
  const eventTags = (opts.tags ?? []).map((name, i) => tag(name, i + 1));
  const attributes = (opts.attributes ?? []).map((a, i) => {
    const own = (a.tags ?? []).map((name, j) => tag(name, 100 + i * 10 + j));
    return {
      id: a.id ?? String(i + 1),
      event_id: opts.id ?? '1',
      object_id: a.object_id ?? '0',
      type: a.type ?? 'ip-dst',
      category: a.category ?? 'Network activity',
      value: a.value,
      to_ids: a.to_ids ?? true,
      distribution: '5',
      Tag: own,
      _allTags: [...eventTags.map((t) => ({ ...t, inherited: true })), ...own.map((t) => ({ ...t, inherited: false }))],
    };
  });
  return {
    Event: {
      id: opts.id ?? '1',
      uuid: '5f1ee3a2-0000-4000-8000-000000000001',
      info: opts.info ?? 'Test event',
      published: false,
      distribution: '1',
      threat_level_id: '2',
      org_id: '1',
      orgc_id: '1',
      Tag: eventTags,
      Attribute: attributes,
      Object: [],
      _AttributeFlattened: attributes,
      ...opts.extra,
    },
  };
}

function tag(name: string, id: number) {
  return { id: String(id), name, colour: '#ffffff', exportable: true, local: false };
}
