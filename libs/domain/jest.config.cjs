const path = require('node:path');
const preset = require('../../tools/jest-preset.cjs');

module.exports = {
  ...preset,
  displayName: 'domain',
  rootDir: path.resolve(__dirname),
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
