import { coreEvent, createTestContext, runModule, when, type ParamValues } from '@misp-wf/sdk';
import { organisationIf } from './organisation-if.module';

type Params = Partial<ParamValues<NonNullable<typeof organisationIf.params>>>;

// Owner org 7, creator org 12.
const event = coreEvent({ extra: { org_id: '7', orgc_id: 12 } });

describe('organisation-if', () => {
  it.each<[string, Params, boolean]>([
    ['defaults: creator is org 1', {}, false],
    ['creator in list (numeric string vs int)', { org_id: ['3', '12'] }, true],
    ['creator not in list', { org_id: ['7'] }, false],
    ['owner in list', { org_type: 'org', org_id: ['7'] }, true],
    ['owner, not any of', { org_type: 'org', condition: 'not_in', org_id: ['7'] }, false],
    ['creator, not any of', { condition: 'not_in', org_id: ['7', '8'] }, true],
    ['empty list: never "any of"', { org_id: [] }, false],
    ['empty list: always "not any of"', { condition: 'not_in', org_id: [] }, true],
  ])('%s', async (_case, params, expected) => {
    const ctx = createTestContext(organisationIf, { params, data: event });
    await expect(runModule(organisationIf, ctx)).resolves.toEqual(when(expected));
  });

  it.each([
    ['equals', true],
    ['not_equals', false],
  ])('maps the legacy condition %s', async (legacy, expected) => {
    const ctx = createTestContext(organisationIf, { params: { org_id: ['12'] }, data: event });
    const params = { ...ctx.params, condition: legacy } as typeof ctx.params; // a graph saved by an old MISP
    await expect(runModule(organisationIf, { ...ctx, params })).resolves.toEqual(when(expected));
  });

  it('wraps a single stored org id into a list (the list is the data)', async () => {
    const ctx = createTestContext(organisationIf, { data: event });
    const params = { ...ctx.params, org_id: '12' as unknown as string[] };
    await expect(runModule(organisationIf, { ...ctx, params })).resolves.toEqual(when(true));
  });

  it('reads a missing org id as 0', async () => {
    const ctx = createTestContext(organisationIf, { params: { org_id: ['0'] }, data: { Event: {} } });
    await expect(runModule(organisationIf, ctx)).resolves.toEqual(when(true));
  });
});
