// Shared jest settings: SWC with the API's own compile options, node environment.
const { swcOptions } = require('./swc-options.cjs');

const options = swcOptions();
delete options.sourceMaps;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...options, sourceMaps: 'inline' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
