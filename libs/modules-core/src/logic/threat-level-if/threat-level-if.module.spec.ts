import { coreEvent, createTestContext, runModule, when, type ParamValues } from '@misp-wf/sdk';
import { threatLevelIf } from './threat-level-if.module';

type Params = Partial<ParamValues<NonNullable<typeof threatLevelIf.params>>>;

// Ids: 1 High, 2 Medium, 3 Low, 4 Undefined.
const medium = coreEvent({ extra: { threat_level_id: '2' } });

describe('threat-level-if', () => {
  it.each<[string, Params, boolean]>([
    ['is Medium', { threatlevel: '2' }, true],
    ['is Low', { threatlevel: '3' }, false],
    ['is not Low', { condition: 'not_equals', threatlevel: '3' }, true],
    ['is not Medium', { condition: 'not_equals', threatlevel: '2' }, false],
    ['Medium is at least Low (id 2 <= 3)', { condition: 'greater_or_equal_than', threatlevel: '3' }, true],
    ['Medium is not at least High (id 2 <= 1)', { condition: 'greater_or_equal_than', threatlevel: '1' }, false],
    ['Medium is at most High (id 2 >= 1)', { condition: 'less_or_equal_than', threatlevel: '1' }, true],
    ['Medium is not at most Low (id 2 >= 3)', { condition: 'less_or_equal_than', threatlevel: '3' }, false],
    ['quirk: the default "Low" is a name, never equal to an id', {}, false],
    ['quirk: "2" <= "Low" compares as strings', { condition: 'greater_or_equal_than' }, true],
  ])('%s', async (_case, params, expected) => {
    const ctx = createTestContext(threatLevelIf, { params, data: medium });
    await expect(runModule(threatLevelIf, ctx)).resolves.toEqual(when(expected));
  });

  it('compares an integer id loosely', async () => {
    const ctx = createTestContext(threatLevelIf, { params: { threatlevel: '2' }, data: coreEvent({ extra: { threat_level_id: 2 } }) });
    await expect(runModule(threatLevelIf, ctx)).resolves.toEqual(when(true));
  });
});
