import { createTestContext, runModule, type ParamValues } from '@misp-wf/sdk';
import { tagAttachedAfterSave } from './tag-attached-after-save.module';

type Params = Partial<ParamValues<NonNullable<typeof tagAttachedAfterSave.params>>>;

// Raw payloads as MISP passes them: event tags carry `local`, attribute tags carry `attribute_id` and no `local`.
const eventLocal = { Tag: { id: '3', name: 'tlp:red', event_id: '1', local: true } };
const eventGlobal = { Tag: { id: '3', name: 'tlp:red', event_id: '1', local: '0' } };
const attributeTag = { Tag: { id: '3', name: 'tlp:red', event_id: '1', attribute_id: '5' } };
const attributeIdZero = { Tag: { id: '3', name: 'tlp:red', event_id: '1', attribute_id: '0', local: 1 } };

describe('tag-attached-after-save veto', () => {
  it.each<[string, Params, Record<string, unknown>, 'ok' | 'veto']>([
    ['defaults: local event tag', {}, eventLocal, 'ok'],
    ['defaults: global event tag', {}, eventGlobal, 'veto'],
    ['defaults: attribute tag (wrong scope)', {}, attributeTag, 'veto'],
    ['attribute_id "0" is empty, so an event tag', {}, attributeIdZero, 'ok'],
    ['quirk: attribute scope with default locality vetoes every attribute tag', { scope: 'attribute' }, attributeTag, 'veto'],
    ['attribute scope, global', { scope: 'attribute', locality: 'global' }, attributeTag, 'ok'],
    ['attribute scope, any locality', { scope: 'attribute', locality: 'any' }, attributeTag, 'ok'],
    ['attribute scope, event tag', { scope: 'attribute', locality: 'any' }, eventLocal, 'veto'],
    ['event scope, global', { locality: 'global' }, eventGlobal, 'ok'],
    ['event scope, global, local tag', { locality: 'global' }, eventLocal, 'veto'],
    ['any scope, any locality', { scope: 'any', locality: 'any' }, attributeTag, 'ok'],
    ['any scope, local: attribute tag has no local', { scope: 'any' }, attributeTag, 'veto'],
    ['tag name matches', { tag: 'tlp:red' }, eventLocal, 'ok'],
    ['tag name differs', { tag: 'tlp:white' }, eventLocal, 'veto'],
    ['no Tag, no condition', { scope: 'any', locality: 'any' }, {}, 'ok'],
    ['no Tag, default locality', { scope: 'any' }, {}, 'veto'],
  ])('%s', async (_case, params, raw, expected) => {
    const result = await runModule(tagAttachedAfterSave, createTestContext(tagAttachedAfterSave, { params, data: raw }));
    // The engine treats `fail` (and `block`) from a trigger as a veto.
    expect(result.kind).toBe(expected === 'ok' ? 'ok' : 'fail');
  });
});
