import { z } from 'zod';
import { SDK_VERSION } from '../version';

/**
 * The `mispWorkflows` key of a module package's `package.json`:
 * `{"modules": ["dist/my-module.js"], "sdkRange": "^0.1.0"}`.
 * `modules` are CommonJS files relative to the package root, each exporting one module definition (as
 * `module.exports` or `default`) or a list of them. The platform refuses the package when its SDK version
 * is outside `sdkRange` (a semver range).
 */
export const ModulePackageField = z.object({
  modules: z.array(z.string().min(1, 'must not be empty')).min(1, 'must list at least one entry file'),
  sdkRange: z.string().min(1, `must be a semver range such as ^${SDK_VERSION}`),
});
export type ModulePackageField = z.infer<typeof ModulePackageField>;
