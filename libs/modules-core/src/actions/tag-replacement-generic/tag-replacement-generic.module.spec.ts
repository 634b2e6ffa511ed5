import { createTestContext, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { tagReplacementGeneric } from './tag-replacement-generic.module';

describe('tag_replacement_generic', () => {
  it('substitutes nothing (MISP\'s empty search regex never matches) and succeeds', async () => {
    const data = coreFormatEvent();
    const ctx = createTestContext(tagReplacementGeneric, { params: { scope: 'all', remove_substituted: 'yes' }, data });
    await expect(runModule(tagReplacementGeneric, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([]);
    expect(ctx.currentData()).toBe(data);
  });

  it('declares MISP\'s descriptor', () => {
    expect(toManifest(tagReplacementGeneric)).toMatchObject({
      id: 'tag_replacement_generic',
      name: 'Tag Replacement Generic',
      description: 'Attach a tag, or substitue a tag by another',
      version: '0.1.0',
      icon: 'tags',
      support_filters: true,
      expect_misp_core_format: true,
      outputs: 1,
    });
  });
});
