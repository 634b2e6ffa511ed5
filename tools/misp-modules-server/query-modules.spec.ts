import { defaultModules } from './default-modules';
import { createMispModulesServer, type MispModulesServer } from './misp-modules-server';
import type { JsonValue, MispModule } from './module-types';
import { GENERIC_ERROR, TIMEOUT_ERROR } from './query-handler';

const EMPTY_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

function customModule(name: string, handler: MispModule['handler']): MispModule {
  const [first] = defaultModules().filter((m) => m.descriptor.name === 'testaction');
  return { descriptor: { ...first.descriptor, name }, handler };
}

let server: MispModulesServer;

beforeAll(async () => {
  const extra = [
    customModule('returns_false', () => false),
    customModule('throws', () => {
      throw new Error('boom');
    }),
    customModule('slow', () => new Promise<JsonValue>((resolve) => setTimeout(() => resolve({ data: true }), 300).unref())),
  ];
  server = await createMispModulesServer({ modules: [...defaultModules(), ...extra] });
});

afterAll(() => server.close());

afterEach(() => server.reset());

async function query(body: Record<string, JsonValue>): Promise<{ status: number; text: string; json: JsonValue }> {
  // MISP sends Content-Type: application/json; the server must not depend on it either way.
  const res = await fetch(`${server.url}/query`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) };
}

// The example request of workflows-spec §12.4 (a mattermost node with a saved filter).
const mattermostRequest = {
  module: 'mattermost',
  data: { Event: { id: '64', info: 'Core format sample', Attribute: [{ id: '1695', type: 'ip-src', value: '8.8.8.8' }] } },
  filteredItems: [{ id: '1695', type: 'ip-src', value: '8.8.8.8' }],
  params: { mattermost_hostname: 'chat.example.org', bot_access_token: 'xyz', channel_id: 'abc', message_template: 'Event {{ Event.id }}: {{ Event.info }} ({{ Event.Attribute[0].value }})' },
};

describe('action modules', () => {
  it('mattermost renders the template against data and posts it', async () => {
    expect(await query(mattermostRequest)).toEqual({ status: 200, text: '{"data":true}', json: { data: true } });
    expect(server.notifications).toEqual([
      { module: 'mattermost', target: { mattermost_hostname: 'chat.example.org', channel_id: 'abc' }, message: 'Event 64: Core format sample (8.8.8.8)' },
    ]);
  });

  it('mattermost renders against matchingData when present', async () => {
    await query({ ...mattermostRequest, matchingData: { Event: { id: '7', info: 'x', Attribute: [{ value: 'y' }] } } });
    expect(server.notifications[0].message).toBe('Event 7: x (y)');
  });

  it('mattermost posts json.dumps(data) in a code block when the template is empty', async () => {
    await query({ ...mattermostRequest, data: { a: [1, true, null], é: 'ü' }, params: { ...mattermostRequest.params, message_template: '' } });
    expect(server.notifications[0].message).toBe('```\n{"a": [1, true, null], "\\u00e9": "\\u00fc"}\n```');
  });

  it.each([
    ['no params', { module: 'mattermost', data: {} }],
    ['a missing param', { module: 'mattermost', data: {}, params: { mattermost_hostname: 'h', bot_access_token: 't', channel_id: 'c' } }],
    ['an unset hostname (sent as "")', { ...mattermostRequest, params: { ...mattermostRequest.params, mattermost_hostname: '' } }],
  ])('mattermost with %s answers the generic error', async (_label, body) => {
    expect(await query(body)).toMatchObject({ status: 200, json: GENERIC_ERROR });
    expect(server.notifications).toEqual([]);
  });

  it('testaction answers {"data":true} to a MISP-shaped request', async () => {
    const data = { Event: { Attribute: [{ AttributeTag: [{ Tag: { name: 'tlp:green' } }] }] } };
    const body = {
      module: 'testaction',
      data,
      params: { foo: '', data_extraction_path: 'Event.Attribute.{n}.AttributeTag.{n}.Tag.name' },
      matchingData: { 'Data Extraction Path': ['tlp:green'] },
    };
    expect(await query(body)).toMatchObject({ status: 200, text: '{"data":true}' });
  });

  it('blockaction fails on purpose, with its default or configured message', async () => {
    expect((await query({ module: 'blockaction', data: {}, params: [] })).json).toEqual({ data: false, error: 'Barf.' });
    expect((await query({ module: 'blockaction', data: {}, params: { error_message: 'No publishing on Friday' } })).json).toEqual({
      data: false,
      error: 'No publishing on Friday',
    });
  });
});

describe('expansion modules', () => {
  const attribute = { type: 'md5', value: EMPTY_MD5, uuid: '5f0e3a4c-0000-4000-8000-000000000001' };

  it('hashlookup answers misp_standard results for a known hash', async () => {
    const { json } = await query({ module: 'hashlookup', event_id: '1', config: { _: '_' }, attribute });
    const results = (json as { results: { Attribute: JsonValue[]; Object: { name: string; Attribute: { object_relation: string }[]; ObjectReference: JsonValue[] }[] } }).results;
    expect(results.Attribute).toEqual([attribute]);
    expect(results.Object[0].name).toBe('hashlookup');
    expect(results.Object[0].Attribute.map((a) => a.object_relation)).toEqual(['MD5', 'SHA-1', 'SHA-256', 'FileName', 'FileSize', 'source']);
    expect(results.Object[0].ObjectReference).toEqual([expect.objectContaining({ referenced_uuid: attribute.uuid, relationship_type: 'related-to' })]);
  });

  it.each([
    ['an unknown hash', { attribute: { ...attribute, value: '0'.repeat(32) } }, { error: 'Non existing hash' }],
    ['an unsupported type', { attribute: { ...attribute, type: 'ip-src' } }, { error: 'md5 or sha1 or sha256 is missing.' }],
    [
      'no attribute',
      { md5: EMPTY_MD5 },
      { error: 'This module requires an "attribute" field as input, which should contain at least a type, a value and an uuid.' },
    ],
  ])('hashlookup reports %s with its own error object', async (_label, body, expected) => {
    expect((await query({ module: 'hashlookup', config: {}, ...body })).json).toEqual(expected);
  });

  it('jinja_template_rendering renders MISP parameter templates (legacy results format)', async () => {
    const text = JSON.stringify({ template: 'Hello {{ user.name }} {{ missing }}', data: { user: { name: 'admin' } } });
    expect((await query({ module: 'jinja_template_rendering', text })).json).toEqual({ results: [{ types: ['text'], values: ['Hello admin '] }] });
  });

  it('jinja_template_rendering answers the body false without text, and the generic error for bad JSON text', async () => {
    expect((await query({ module: 'jinja_template_rendering' })).text).toBe('false');
    expect((await query({ module: 'jinja_template_rendering', text: '{oops' })).json).toEqual(GENERIC_ERROR);
  });
});

describe('custom modules and timeouts', () => {
  it('serialises a handler returning false as the body false', async () => {
    expect(await query({ module: 'returns_false' })).toMatchObject({ status: 200, text: 'false' });
  });

  it('turns an exception into the generic error', async () => {
    expect((await query({ module: 'throws' })).json).toEqual(GENERIC_ERROR);
  });

  it('answers {"error":"Timeout."} after the request\'s timeout (seconds)', async () => {
    const started = Date.now();
    expect((await query({ module: 'slow', timeout: 0.05 })).json).toEqual(TIMEOUT_ERROR);
    expect(Date.now() - started).toBeLessThan(290);
  });

  it('waits for a slow module within the timeout', async () => {
    expect((await query({ module: 'slow' })).json).toEqual({ data: true });
  });
});
