import { block, defineModule, fail, ModuleDefinitionError, ok, param, toManifest, when, SDK_VERSION, type ModuleContext } from '../index';

// A module written as a plugin author would (style guide §3.4).
const tagEvent = defineModule({
  id: 'tag-event',
  version: '1.0.0',
  type: 'action',
  name: 'Tag event',
  description: 'Adds tags to the event',
  expectMispCoreFormat: true,
  params: {
    tags: param.picker({ label: 'Tags', optionsSource: 'tags', required: true }),
    locality: param.select({ label: 'Locality', options: ['local', 'global'], default: 'local' }),
    note: param.input({ label: 'Note', jinja: true }),
    dryRun: param.checkbox({ label: 'Dry run', default: false }),
  },
  run: async (ctx) => {
    // These assignments are the type test: no casts needed.
    const tags: string[] = ctx.params.tags;
    const locality: 'local' | 'global' = ctx.params.locality;
    const dryRun: boolean = ctx.params.dryRun;
    if (dryRun) return ok();
    await ctx.misp.request({ method: 'POST', path: '/events/addTag', body: { tags, local: locality === 'local' } });
    return ok();
  },
});

describe('defineModule', () => {
  it('returns the definition and types params for run', async () => {
    const calls: unknown[] = [];
    const ctx = {
      params: { tags: ['tlp:red'], locality: 'global', note: '', dryRun: false },
      misp: { request: async (req: unknown) => void calls.push(req) },
    } as unknown as ModuleContext<NonNullable<typeof tagEvent.params>>;
    await expect(tagEvent.run?.(ctx)).resolves.toEqual({ kind: 'ok' });
    expect(calls).toEqual([{ method: 'POST', path: '/events/addTag', body: { tags: ['tlp:red'], local: false } }]);
  });

  it.each([
    [{ id: 'bad id' }, 'Module "bad id": id must be'],
    [{ version: '1.0' }, 'Module "m": version must be a semver'],
    [{ type: 'filter' }, 'Module "m": type must be'],
    [{ name: '' }, 'Module "m": name must be a non-empty string'],
    [{ run: undefined }, 'Module "m": run is required for logic and action modules'],
    [{ outputs: 99 }, 'Module "m": outputs must be an integer between 0 and 20'],
    [{ params: { x: { label: 'X' } } }, 'Module "m": params.x must be built with a param builder'],
    [{ params: { x: param.select({ label: 'X', options: ['a'], default: 'b' as 'a' }) } }, 'Module "m": params.x.default must be one of the options (a)'],
  ])('rejects %p with a message naming the module and field', (override, message) => {
    const base = { id: 'm', version: '1.0.0', type: 'action', name: 'M', description: 'd', run: () => ok() };
    expect(() => defineModule({ ...base, ...override } as never)).toThrow(ModuleDefinitionError);
    expect(() => defineModule({ ...base, ...override } as never)).toThrow(message);
  });

  it('lets triggers omit run', () => {
    expect(() => defineModule({ id: 'event-publish', version: '0.1.0', type: 'trigger', name: 'Event Publish', description: 'd' })).not.toThrow();
  });
});

describe('outcomes', () => {
  it('build the results the engine understands', () => {
    expect(ok()).toEqual({ kind: 'ok' });
    expect(fail('down', { cause: 'rate-limited', retryAfterMs: 1000 })).toEqual({ kind: 'fail', message: 'down', cause: 'rate-limited', retryAfterMs: 1000 });
    expect(block('no')).toEqual({ kind: 'block', message: 'no' });
    expect(when(true)).toEqual({ kind: 'branch', output: 'output_1' });
    expect(when(false)).toEqual({ kind: 'branch', output: 'output_2' });
  });
});

describe('toManifest', () => {
  it('produces the JSON the editor renders forms from', () => {
    const manifest = toManifest(tagEvent);
    expect(manifest).toMatchObject({
      id: 'tag-event',
      version: '1.0.0',
      sdk_version: SDK_VERSION,
      module_type: 'action',
      blocking: false,
      expect_misp_core_format: true,
      inputs: 1,
      outputs: 1,
    });
    expect(manifest.params).toEqual([
      { id: 'tags', type: 'picker', label: 'Tags', required: true, jinja_supported: false, multiple: true, options_source: 'tags' },
      { id: 'locality', type: 'select', label: 'Locality', required: false, jinja_supported: false, default: 'local', options: [{ value: 'local', label: 'local' }, { value: 'global', label: 'global' }] },
      { id: 'note', type: 'input', label: 'Note', required: false, jinja_supported: true },
      { id: 'dryRun', type: 'checkbox', label: 'Dry run', required: false, jinja_supported: false, default: false },
    ]);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('gives logic modules two outputs by default', () => {
    const ifX = defineModule({ id: 'x-if', version: '0.1.0', type: 'logic', name: 'IF', description: 'd', run: () => when(true) });
    expect(toManifest(ifX)).toMatchObject({ inputs: 1, outputs: 2, module_type: 'logic' });
  });
});
