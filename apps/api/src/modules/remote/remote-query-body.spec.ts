import type { WalkNode } from '@misp-wf/engine';
import { buildRemoteQueryBody } from './remote-query-body';
import type { RemoteModuleSpec } from './remote-module-translation';

const spec = (over: Partial<RemoteModuleSpec['manifest']>, params: RemoteModuleSpec['params']): RemoteModuleSpec => ({
  name: 'mattermost',
  params,
  manifest: {
    id: 'mattermost', version: '0.1', sdk_version: '', module_type: 'action', name: 'mattermost', description: '', icon: 'python',
    blocking: false, support_filters: false, expect_misp_core_format: false, multiple_output_connection: false, inputs: 1, outputs: 1,
    params: [], is_custom: false, is_misp_module: true, ...over,
  },
});

const node = (indexed: Record<string, unknown> | [], filters = { selector: '', value: '', operator: '', path: '' }): WalkNode =>
  ({ id: 4, name: 'm', data: { id: 'mattermost', module_type: 'action', indexed_params: indexed, saved_filters: filters }, class: '', typenode: false, inputs: {}, outputs: {}, pos_x: 0, pos_y: 0 }) as unknown as WalkNode;

const data = {
  Event: {
    id: '64',
    info: 'Core format sample',
    _AttributeFlattened: [
      { id: '1695', type: 'ip-src', value: '8.8.8.8' },
      { id: '1696', type: 'domain', value: 'evil.example' },
    ],
  },
};

describe('the /query body of a misp-modules node (spec §12.4 steps 2–5)', () => {
  it('sends module, data and an empty params list as PHP does ([] for an empty map)', () => {
    expect(buildRemoteQueryBody({ spec: spec({}, []), node: node([]), data })).toEqual({ module: 'mattermost', data, params: [] });
    expect(JSON.stringify(buildRemoteQueryBody({ spec: spec({}, []), node: node([]), data }))).toContain('"params":[]');
  });

  it('with support_filters: the items matching the saved filter, keys kept', () => {
    const filters = { selector: 'Event._AttributeFlattened.{n}', value: 'domain', operator: 'equals', path: 'type' };
    const body = buildRemoteQueryBody({ spec: spec({ support_filters: true }, []), node: node([], filters), data });
    expect(body?.filteredItems).toEqual({ 1: data.Event._AttributeFlattened[1] });
  });

  it('with support_filters and no filter (or no match): the whole data', () => {
    expect(buildRemoteQueryBody({ spec: spec({ support_filters: true }, []), node: node([]), data })?.filteredItems).toBe(data);
    const none = { selector: 'Event._AttributeFlattened.{n}', value: 'md5', operator: 'equals', path: 'type' };
    expect(buildRemoteQueryBody({ spec: spec({ support_filters: true }, []), node: node([], none), data })?.filteredItems).toBe(data);
  });

  it('gives up (null) when the filter selector cannot be extracted', () => {
    // A catastrophic regular expression is refused by the Hash engine: extraction fails.
    const broken = { selector: 'Event._AttributeFlattened.{n}[value=/(a+)+$/]', value: 'x', operator: 'equals', path: 'type' };
    expect(buildRemoteQueryBody({ spec: spec({ support_filters: true }, []), node: node([], broken), data })).toBeNull();
  });

  it('sends params by id ("" when unset), renders Jinja ones, and extracts hash paths into matchingData by label', () => {
    const params = [
      { id: 'channel_id', label: 'Channel Id', hashPath: false, jinja: false },
      { id: 'message_template', label: 'Message Template', hashPath: false, jinja: true },
      { id: 'data_extraction_path', label: 'Data Extraction Path', hashPath: true, jinja: false },
      { id: 'other_path', label: 'Other Path', hashPath: true, jinja: false },
    ];
    const render = (template: string, ctx: unknown) => template.replace('{{ Event.info }}', (ctx as typeof data).Event.info);
    const body = buildRemoteQueryBody({
      spec: spec({}, params),
      node: node({ message_template: 'About {{ Event.info }}', data_extraction_path: 'Event._AttributeFlattened.{n}.value' }),
      data,
      render,
    });
    expect(body).toEqual({
      module: 'mattermost',
      data,
      params: { channel_id: '', message_template: 'About Core format sample', data_extraction_path: 'Event._AttributeFlattened.{n}.value', other_path: '' },
      matchingData: { 'Data Extraction Path': ['8.8.8.8', 'evil.example'], 'Other Path': data },
    });
  });
});
