import { coreEvent, createTestContext, runModule, when, type ParamValues } from '@misp-wf/sdk';
import { countIf } from './count-if.module';

type Params = Partial<ParamValues<NonNullable<typeof countIf.params>>>;

const event = coreEvent({ tags: ['a', 'b', 'c'] });
const tags = 'Event.Tag.{n}.name';

describe('count-if', () => {
  it.each<[string, Params, boolean]>([
    ['equals 3', { selector: tags, value: '3' }, true],
    ['equals 2', { selector: tags, value: '2' }, false],
    ['equals "3.0" (numeric string)', { selector: tags, value: '3.0' }, true],
    ['not_equals 3', { selector: tags, operator: 'not_equals', value: '3' }, false],
    ['greater 2', { selector: tags, operator: 'greater', value: '2' }, true],
    ['greater 3', { selector: tags, operator: 'greater', value: '3' }, false],
    ['greater_equals 3', { selector: tags, operator: 'greater_equals', value: '3' }, true],
    ['less 3', { selector: tags, operator: 'less', value: '3' }, false],
    ['less 4', { selector: tags, operator: 'less', value: '4' }, true],
    ['less_equals 3', { selector: tags, operator: 'less_equals', value: '3' }, true],
    ['a missing path counts 0', { selector: 'Event.Nope.{n}', value: '0' }, true],
    ['PHP 8: 0 == "" is false', { selector: 'Event.Nope.{n}' }, false],
  ])('%s', async (_case, params, expected) => {
    const ctx = createTestContext(countIf, { params, data: event });
    await expect(runModule(countIf, ctx)).resolves.toEqual(when(expected));
  });
});
