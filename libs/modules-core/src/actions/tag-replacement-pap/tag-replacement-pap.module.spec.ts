import { Hash } from '@misp-wf/engine';
import { createTestContext, ok, runModule } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { normalisePap, tagReplacementPap } from './tag-replacement-pap.module';

describe('tag_replacement_pap', () => {
  // blueprints.md §5.8, checked against MISP's regex.
  it.each<[string, string | undefined]>([
    ['PAP--green', 'PAP:GREEN'],
    ['pap:white', 'PAP:WHITE'],
    ['pap=amber', 'PAP:AMBER'],
    ['PAP:RED', 'PAP:RED'],
    ['papyrus:red', undefined],
    ['Permissible Actions Protocol: red', undefined],
    ['tlp:red', undefined],
  ])('normalises %p to %p', (tag, expected) => {
    expect(normalisePap(tag)).toBe(expected);
  });

  it('normalises object attributes\' own tags, attached with the relationship type', async () => {
    const ctx = createTestContext(tagReplacementPap, { params: { scope: 'attribute', remove_substituted: 'yes', relationship_type: 'classification' }, data: coreFormatEvent() });
    await expect(runModule(tagReplacementPap, ctx)).resolves.toEqual(ok());
    const uuid = '0b9a0d0e-1a7f-4d8c-9d52-3c0a6b0b1a04';
    expect(ctx.misp.calls).toEqual([
      { method: 'POST', path: '/tags/removeTagFromObject', body: { uuid, tag: 'pap:red' } },
      { method: 'POST', path: '/tags/attachTagToObject', body: { uuid, tag: 'PAP:RED', local: true, relationship_type: 'classification' } },
    ]);
    expect(Hash.extract(ctx.currentData(), 'Event.Object.0.Attribute.1.Tag')).toEqual([{ name: 'PAP:RED', local: true, relationship_type: 'classification' }]);
  });
});
