/** @type {import('jest').Config} */
module.exports = {
  displayName: 'sdk',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.preset.js').swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/libs/sdk',
};
