import { coreEvent, createTestContext, fail, runModule, when, type ModuleResult, type ParamValues } from '@misp-wf/sdk';
import { distributionIf } from './distribution-if.module';

type Params = Partial<ParamValues<NonNullable<typeof distributionIf.params>>>;
type Level = Record<string, unknown>;

/** An event with the given level and, optionally, the attribute MISP looks at (`Event.Attribute[0]`). */
const ev = (event: Level, attribute?: Level) => coreEvent({ extra: { ...event, Attribute: attribute ? [attribute] : [] } });
const d = (distribution: string, sharing_group_id = '0'): Level => ({ distribution, sharing_group_id });

const decide = (params: Params, data: Record<string, unknown>): Promise<ModuleResult> =>
  runModule(distributionIf, createTestContext(distributionIf, { params, data }));

describe('distribution-if', () => {
  it.each<[string, Params, Record<string, unknown>, boolean]>([
    ['defaults: final level is 0', {}, ev(d('1'), d('0')), true],
    ['defaults: final level is 3', {}, ev(d('3'), d('5')), false],
    ['inherit (5) takes the event level', { distribution: '3' }, ev(d('3'), d('5')), true],
    ['the attribute is more restrictive', { distribution: '1' }, ev(d('3'), d('1')), true],
    ['0 wins over everything', { distribution: '0' }, ev(d('0'), d('3')), true],
    ['sharing group wins over 1', { distribution: '1' }, ev(d('1'), d('4', '9')), false],
    ['the object is taken into account', { distribution: '1' }, ev(d('3'), { ...d('2'), Object: d('1') }), true],
    ['no attribute: the event level', { distribution: '2' }, ev(d('2')), true],
    ['event scope ignores the attribute', { scope: 'event', distribution: '2' }, ev(d('2'), d('0')), true],
    ['not_equals', { condition: 'not_equals', distribution: '3' }, ev(d('3'), d('1')), true],
    ['not_equals (same level)', { condition: 'not_equals', distribution: '1' }, ev(d('3'), d('1')), false],
    ['more restrictive than 2: level 1', { condition: 'more_restrictive_or_equal_than', distribution: '2' }, ev(d('1')), true],
    ['more restrictive than 2: level 2', { condition: 'more_restrictive_or_equal_than', distribution: '2' }, ev(d('2')), true],
    ['more restrictive than 2: level 3', { condition: 'more_restrictive_or_equal_than', distribution: '2' }, ev(d('3')), false],
    ['more restrictive than 2: sharing group is outside 0..2', { condition: 'more_restrictive_or_equal_than', distribution: '2' }, ev(d('4', '5')), false],
    ['more permissive than 2: level 3', { condition: 'more_permisive_or_equal_than', distribution: '2' }, ev(d('3')), true],
    ['more permissive than 2: level 1', { condition: 'more_permisive_or_equal_than', distribution: '2' }, ev(d('1')), false],
    ['more permissive than 2: sharing group is outside 2..3', { condition: 'more_permisive_or_equal_than', distribution: '2' }, ev(d('4', '5')), false],
  ])('%s', async (_case, params, data, expected) => {
    await expect(decide(params, data)).resolves.toEqual(when(expected));
  });

  it.each<[string, Params, Record<string, unknown>, boolean]>([
    ['equals, none selected, event SG', { condition: 'equals' }, ev(d('4', '5')), true],
    ['equals, none selected, no SG', { condition: 'equals' }, ev(d('3'), d('1')), false],
    ['equals, all found SGs selected', { condition: 'equals', sharing_group_id: ['5', '6'] }, ev(d('4', '5'), d('4', '6')), true],
    ['equals, one found SG not selected', { condition: 'equals', sharing_group_id: ['5'] }, ev(d('4', '5'), d('4', '6')), false],
    ['equals, vacuously true without SG', { condition: 'equals', sharing_group_id: ['5'] }, ev(d('3')), true],
    ['equals, event scope ignores the attribute SG', { scope: 'event', sharing_group_id: ['5'] }, ev(d('4', '5'), d('4', '6')), true],
    ['equals, object SG collected', { sharing_group_id: ['5'] }, ev(d('4', '5'), { ...d('5'), Object: d('4', '7') }), false],
    ['not_equals, none selected, no SG', { condition: 'not_equals' }, ev(d('2')), true],
    ['not_equals, none selected, SG found', { condition: 'not_equals' }, ev(d('4', '5')), false],
    ['not_equals, found SG not selected', { condition: 'not_equals', sharing_group_id: ['5'] }, ev(d('4', '6')), true],
    ['not_equals, found SG selected', { condition: 'not_equals', sharing_group_id: ['5'] }, ev(d('4', '6'), d('4', '5')), false],
    ['not_equals, vacuously true without SG', { condition: 'not_equals', sharing_group_id: ['5'] }, ev(d('1')), true],
  ])('sharing group selected: %s', async (_case, params, data, expected) => {
    await expect(decide({ distribution: '4', ...params }, data)).resolves.toEqual(when(expected));
  });

  it('refuses range operators with a sharing group', async () => {
    await expect(decide({ distribution: '4', condition: 'more_restrictive_or_equal_than' }, ev(d('4', '5')))).resolves.toEqual(
      fail('Condition operator not supported for that distribution level'),
    );
  });

  it.each([
    ['event level 5', ev(d('5'))],
    ['event level 7', ev(d('7'), d('5'))],
  ])('fails on an unsupported final level (%s), which the engine turns into else', async (_case, data) => {
    await expect(decide({}, data)).resolves.toEqual(fail('Distribution level not supported'));
  });
});
