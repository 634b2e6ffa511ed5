import { describeDebugCall, formatRejected, formatRequest } from './format-request';
import type { ReceivedRequest } from './webhook-listener';

const base: ReceivedRequest = {
  timestamp: '2026-01-02T03:04:05.000Z',
  method: 'POST',
  path: '/event-publish/exec/tag-operation',
  rawQuery: 'result=partial-success',
  query: { result: 'partial-success' },
  headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'x' },
  rawBody: '{"data":{"a":1}}',
  body: { data: { a: 1 } },
};

describe('formatRequest', () => {
  it('prints timestamp, method, target, debug call, query, content type and pretty JSON, then a blank line', () => {
    expect(formatRequest(base)).toBe(
      [
        '[2026-01-02T03:04:05.000Z] POST /event-publish/exec/tag-operation?result=partial-success',
        'debug: trigger event-publish · exec tag-operation · result=partial-success',
        'query: {"result":"partial-success"}',
        'content-type: application/x-www-form-urlencoded',
        'body:',
        '{\n  "data": {\n    "a": 1\n  }\n}',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints all headers on request', () => {
    expect(formatRequest(base, { headers: true })).toContain('headers:\n{\n  "content-type": "application/x-www-form-urlencoded",\n  "host": "x"\n}');
  });

  it('prints raw text and empty bodies as such', () => {
    const plain = { ...base, path: '/x', rawQuery: '', query: {}, headers: {}, rawBody: 'a=1', body: undefined };
    expect(formatRequest(plain)).toBe('[2026-01-02T03:04:05.000Z] POST /x\nbody (not JSON):\na=1\n\n');
    expect(formatRequest({ ...plain, rawBody: '' })).toContain('body: (empty)');
  });

  it('prints a refused request with its raw packet', () => {
    expect(formatRejected({ timestamp: 't', error: 'Parse Error', rawPacket: 'POST /a b' })).toBe('[t] request refused by the HTTP parser (Parse Error); raw:\nPOST /a b\n\n');
  });
});

describe('describeDebugCall', () => {
  it.each([
    ['/event-publish/init', { type: 'non-blocking' }, 'trigger event-publish · init · type=non-blocking'],
    ['/event-publish/end', { outcome: 'failure' }, 'trigger event-publish · end · outcome=failure'],
    ['/attribute-after-save/exec/concurrent-task', { result: 'error', message: 'boom' }, 'trigger attribute-after-save · exec concurrent-task · result=error · message=boom'],
    ['/event-publish/debug/my-module', {}, 'trigger event-publish · debug my-module'],
  ])('%s %j', (path, query, expected) => {
    expect(describeDebugCall({ path, query })).toBe(expected);
  });

  it('ignores other paths', () => {
    expect(describeDebugCall({ path: '/favicon.ico', query: {} })).toBeUndefined();
  });
});
