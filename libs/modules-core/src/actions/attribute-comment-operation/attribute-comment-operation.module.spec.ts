import { Hash } from '@misp-wf/engine';
import { createTestContext, fail, ok, runModule, toManifest } from '@misp-wf/sdk';
import { coreFormatEvent } from '../__fixtures__/misp-event.fixture';
import { attributesTagged, filteredBy } from '../__fixtures__/saved-filter.fixture';
import { attributeCommentOperation } from './attribute-comment-operation.module';

describe('Module_attribute_comment_operation', () => {
  it('sets the (already rendered) comment on the matching attributes, in MISP and in the roaming data', async () => {
    const data = coreFormatEvent();
    const ctx = createTestContext(attributeCommentOperation, { params: { comment: 'Known file hash' }, data, filteredItems: filteredBy(data, attributesTagged('pap:red')) });
    await expect(runModule(attributeCommentOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls).toEqual([{ method: 'POST', path: '/attributes/edit/104', body: { comment: 'Known file hash' } }]);
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.{n}.comment')).toEqual(['', '', '', 'Known file hash']);
    expect(Hash.get(ctx.currentData(), 'Event.Object.0.Attribute.1.comment')).toBe('Known file hash');
  });

  it('writes an empty comment when the template rendered to nothing (the curation blueprints\' __currentAttribute quirk)', async () => {
    const data = coreFormatEvent();
    const withComment = Hash.insert(data, 'Event._AttributeFlattened.{n}.comment', 'old') as Record<string, unknown>;
    const ctx = createTestContext(attributeCommentOperation, { params: { comment: '' }, data: withComment });
    await expect(runModule(attributeCommentOperation, ctx)).resolves.toEqual(ok());
    expect(ctx.misp.calls.map((c) => c.body)).toEqual([{ comment: '' }, { comment: '' }, { comment: '' }, { comment: '' }]);
    expect(Hash.extract(ctx.currentData(), 'Event._AttributeFlattened.{n}.comment')).toEqual(['', '', '', '']);
  });

  it('fails when no attribute matches', async () => {
    const ctx = createTestContext(attributeCommentOperation, { params: { comment: 'x' }, data: { Event: { id: '1', Attribute: [], _AttributeFlattened: [] } } });
    await expect(runModule(attributeCommentOperation, ctx)).resolves.toEqual(fail('No attribute matched'));
  });

  it('declares MISP\'s descriptor: a Jinja textarea', () => {
    expect(toManifest(attributeCommentOperation)).toMatchObject({
      id: 'Module_attribute_comment_operation',
      name: 'Attribute comment operation',
      version: '0.1.0',
      support_filters: true,
      expect_misp_core_format: true,
      params: [{ id: 'comment', type: 'textarea', label: 'Comment', placeholder: 'Comment to be set', jinja_supported: true }],
    });
  });
});
