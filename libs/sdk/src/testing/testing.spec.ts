import { defineModule, fail, ok, param } from '../index';
import { coreEvent, createTestContext, fakeMisp, runModule } from './index';

const addComment = defineModule({
  id: 'add-comment',
  version: '1.0.0',
  type: 'action',
  name: 'Add comment',
  description: 'Comments every filtered attribute',
  params: { comment: param.input({ label: 'Comment', default: 'seen' }) },
  run: async (ctx) => {
    const items = ctx.filteredItems as { id: string }[];
    for (const item of items) await ctx.misp.request({ method: 'POST', path: `/attributes/edit/${item.id}`, body: { comment: ctx.params.comment } });
    return items.length ? ok() : fail('nothing to comment');
  },
});

describe('SDK test kit', () => {
  it('runs a module with defaults, core-format data and a recording MISP client', async () => {
    const ctx = createTestContext(addComment, { data: coreEvent({ attributes: [{ value: '1.2.3.4' }, { value: 'x.example', type: 'domain' }] }) });
    await expect(runModule(addComment, ctx)).resolves.toEqual({ kind: 'ok' });
    expect(ctx.misp.calls).toEqual([
      { method: 'POST', path: '/attributes/edit/1', body: { comment: 'seen' } },
      { method: 'POST', path: '/attributes/edit/2', body: { comment: 'seen' } },
    ]);
  });

  it('lets a test override params and queue MISP answers, including errors', async () => {
    const misp = fakeMisp();
    misp.respond('POST /attributes/edit/*', new Error('HTTP 403'));
    const ctx = createTestContext(addComment, { params: { comment: 'x' }, data: coreEvent({ attributes: [{ value: 'a' }] }), misp });
    await expect(runModule(addComment, ctx)).rejects.toThrow('HTTP 403');
  });

  it('builds events with inherited tags first in _allTags', () => {
    const event = coreEvent({ tags: ['tlp:green'], attributes: [{ value: 'a', tags: ['tlp:red'] }] });
    expect(event.Event._AttributeFlattened[0]._allTags.map((t) => [t.name, t.inherited])).toEqual([
      ['tlp:green', true],
      ['tlp:red', false],
    ]);
  });
});
