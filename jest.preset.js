const nxPreset = require('@nx/jest/preset').default;

// SWC instead of ts-jest: 3x faster and keeps Nest DI working through decorator metadata.
// Specs are type-checked separately by each project's `typecheck` target.
const swcTransform = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// Node 20.19+ can require() ESM-only packages; Jest cannot, so SWC turns these few into CommonJS.
const esmOnlyPackages = ['content-disposition'];
const transformIgnorePatterns = [`^(?!.*/node_modules/(${esmOnlyPackages.join('|')})/).*/node_modules/`];

module.exports = { ...nxPreset, forceExit: !!process.env.CI, swcTransform, transformIgnorePatterns };
