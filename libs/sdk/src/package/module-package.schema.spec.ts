import { ModulePackageField, SDK_VERSION } from '../index';

describe('ModulePackageField (the mispWorkflows key of package.json)', () => {
  it('accepts entry files and an SDK range', () => {
    expect(ModulePackageField.parse({ modules: ['dist/a.js'], sdkRange: '^0.2.0' })).toEqual({ modules: ['dist/a.js'], sdkRange: '^0.2.0' });
  });

  it.each([
    [{ modules: [], sdkRange: '^0.2.0' }, 'modules', 'must list at least one entry file'],
    [{ modules: [''], sdkRange: '^0.2.0' }, 'modules.0', 'must not be empty'],
    [{ modules: ['a.js'], sdkRange: '' }, 'sdkRange', `must be a semver range such as ^${SDK_VERSION}`],
    [{ modules: ['a.js'] }, 'sdkRange', 'Required'],
  ])('refuses %j, naming the field', (value, path, message) => {
    const parsed = ModulePackageField.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });
});
