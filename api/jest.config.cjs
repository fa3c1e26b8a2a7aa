const path = require('node:path');
const preset = require('../tools/jest-preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: path.resolve(__dirname),
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
  // Each suite boots its own database; on two cores two at a time is the sweet spot.
  maxWorkers: 2,
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/build-once.cjs',
};
