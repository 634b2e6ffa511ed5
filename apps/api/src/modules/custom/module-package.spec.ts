import { checkSdkRange } from './module-package';

describe('checkSdkRange', () => {
  it('accepts a range that includes the SDK version', () => {
    expect(checkSdkRange('pkg', '^0.2.0', '0.2.0')).toBeNull();
    expect(checkSdkRange('pkg', '>=0.1.0 <1', '0.2.0')).toBeNull();
  });

  it('refuses an incompatible range with a clear message', () => {
    expect(checkSdkRange('my-pkg', '^2.0.0', '0.1.0')).toBe('module package my-pkg requires SDK ^2.0.0; this platform provides 0.1.0');
    expect(checkSdkRange('my-pkg', '^0.1.0', '0.2.0')).toBe('module package my-pkg requires SDK ^0.1.0; this platform provides 0.2.0');
  });

  it('refuses a range that is not semver', () => {
    expect(checkSdkRange('my-pkg', 'latest please', '0.2.0')).toBe('module package my-pkg declares an invalid sdkRange `latest please` (expected a semver range such as ^0.2.0)');
  });
});
