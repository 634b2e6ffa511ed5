import { coreEvent, createTestContext, runModule, when, type ParamValues } from '@misp-wf/sdk';
import { tagIf } from './tag-if.module';

type Params = Partial<ParamValues<NonNullable<typeof tagIf.params>>>;

const event = coreEvent({
  tags: ['tlp:white', 'foo', 'misp-galaxy:threat-actor="APT 29"'],
  attributes: [
    { value: '1.1.1.1', tags: ['bar'] },
    { value: '2.2.2.2', tags: ['bar', 'baz'] },
  ],
});

const decide = (params: Params) => runModule(tagIf, createTestContext(tagIf, { params, data: event }));

describe('tag-if', () => {
  it.each<[string, Params, boolean]>([
    ['defaults: event scope, any of (hit)', { tags: ['tlp:white'] }, true],
    ['defaults: event scope, any of (miss)', { tags: ['nope'] }, false],
    ['nothing selected never matches "any of"', {}, false],
    ['event: all of (hit)', { condition: 'in_and', tags: ['foo', 'tlp:white'] }, true],
    ['event: all of (one missing)', { condition: 'in_and', tags: ['foo', 'nope'] }, false],
    ['event: none of (hit)', { condition: 'not_in_or', tags: ['nope'] }, true],
    ['event: none of (miss)', { condition: 'not_in_or', tags: ['foo'] }, false],
    ['event: not all of, same order', { condition: 'not_in_and', tags: ['tlp:white', 'foo'] }, false],
    ['quirk: not all of is order-sensitive', { condition: 'not_in_and', tags: ['foo', 'tlp:white'] }, true],
    ['clusters get the misp-galaxy: prefix', { clusters: ['threat-actor="APT 29"'] }, true],
    ['a cluster name alone is not a tag', { tags: ['threat-actor="APT 29"'] }, false],
    ['attribute: own tag', { scope: 'attribute', tags: ['baz'] }, true],
    ['attribute: event tags are not seen', { scope: 'attribute', tags: ['tlp:white'] }, false],
    ['attribute: all of, tag on one attribute', { scope: 'attribute', condition: 'in_and', tags: ['baz'] }, true],
    ['quirk: all of fails on a tag present on two attributes', { scope: 'attribute', condition: 'in_and', tags: ['bar'] }, false],
    ['event_attribute: inherited event tags are seen', { scope: 'event_attribute', tags: ['tlp:white'] }, true],
    ['event_attribute: own tags are seen', { scope: 'event_attribute', tags: ['baz'] }, true],
    ['event_attribute: none of', { scope: 'event_attribute', condition: 'not_in_or', tags: ['nope'] }, true],
  ])('%s', async (_case, params, expected) => {
    await expect(decide(params)).resolves.toEqual(when(expected));
  });

  it('takes the else branch on an event without tags or attributes', async () => {
    const ctx = createTestContext(tagIf, { params: { tags: ['foo'] }, data: coreEvent() });
    await expect(runModule(tagIf, ctx)).resolves.toEqual(when(false));
  });
});
