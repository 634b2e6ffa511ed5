/** @type {import('jest').Config} */
module.exports = {
  displayName: 'modules-core',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.preset.js').swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/libs/modules-core',
};
