import { coreEvent, createTestContext, runModule, when } from '@misp-wf/sdk';
import { publishedIf } from './published-if.module';

const withPublished = (published: unknown) => coreEvent({ extra: { published } });

describe('published-if', () => {
  it.each<[string, unknown, 'equals' | 'not_equals', boolean]>([
    ['true, is published', true, 'equals', true],
    ['true, is not published', true, 'not_equals', false],
    ['false, is published', false, 'equals', false],
    ['false, is not published', false, 'not_equals', true],
    ['"0" is PHP-empty, so not published', '0', 'equals', false],
    ['"0", is not published', '0', 'not_equals', true],
    ['"1" is published', '1', 'equals', true],
    ['missing key is not published', undefined, 'equals', false],
  ])('%s', async (_case, published, condition, expected) => {
    const ctx = createTestContext(publishedIf, { params: { condition }, data: withPublished(published) });
    await expect(runModule(publishedIf, ctx)).resolves.toEqual(when(expected));
  });

  it('defaults to "Event is published"', async () => {
    const ctx = createTestContext(publishedIf, { data: withPublished(true) });
    await expect(runModule(publishedIf, ctx)).resolves.toEqual(when(true));
  });
});
