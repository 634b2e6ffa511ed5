import { coreEvent, createTestContext, runModule, when, type ParamValues } from '@misp-wf/sdk';
import { genericIf } from './generic-if.module';

type Params = Partial<ParamValues<NonNullable<typeof genericIf.params>>>;

const event = coreEvent({ tags: ['tlp:white', 'foo'], attributes: [{ value: '1.1.1.1' }, { value: '8.8.8.8' }] });

describe('generic-if', () => {
  it.each<[string, Params, boolean]>([
    ['in (default operator)', { hash_path: 'Event.Tag.{n}.name', value: 'foo' }, true],
    ['in (miss)', { hash_path: 'Event.Tag.{n}.name', value: 'nope' }, false],
    ['in on a simple path extracts a one-item list', { hash_path: 'Event.info', value: 'Test event' }, true],
    ['not_in', { operator: 'not_in', hash_path: 'Event.Tag.{n}.name', value: 'nope' }, true],
    ['not_in (present)', { operator: 'not_in', hash_path: 'Event.Tag.{n}.name', value: 'foo' }, false],
    ['equals uses Hash::get', { operator: 'equals', hash_path: 'Event.info', value: 'Test event' }, true],
    ['equals with a numeric index', { operator: 'equals', hash_path: 'Event.Tag.0.name', value: 'tlp:white' }, true],
    ['equals compares numeric strings numerically', { operator: 'equals', hash_path: 'Event.threat_level_id', value: '2.0' }, true],
    ['quirk: equals does not expand {n}', { operator: 'equals', hash_path: 'Event.Tag.{n}.name', value: 'foo' }, false],
    ['not_equals', { operator: 'not_equals', hash_path: 'Event.info', value: 'other' }, true],
    ['quirk: not_equals on a missing path is false ([] is an array)', { operator: 'not_equals', hash_path: 'Event.nope', value: 'x' }, false],
    ['any_value with values', { operator: 'any_value', hash_path: 'Event.Attribute.{n}.value' }, true],
    ['any_value without values', { operator: 'any_value', hash_path: 'Event.Nope.{n}.value' }, false],
    ['in_or uses value_list', { operator: 'in_or', hash_path: 'Event.Attribute.{n}.value', value_list: ['x', '8.8.8.8'] }, true],
    ['in_or ignores value', { operator: 'in_or', hash_path: 'Event.Attribute.{n}.value', value: '8.8.8.8', value_list: ['x'] }, false],
  ])('%s', async (_case, params, expected) => {
    const ctx = createTestContext(genericIf, { params, data: event });
    await expect(runModule(genericIf, ctx)).resolves.toEqual(when(expected));
  });
});
