// One SWC configuration for the API build and for jest, so tests run the code as shipped.
const path = require('node:path');

const workspaceRoot = path.resolve(__dirname, '..');

/** @returns {import('@swc/core').Options} */
function swcOptions() {
  return {
    sourceMaps: 'inline',
    module: { type: 'commonjs', strict: true },
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: workspaceRoot,
      paths: {
        '@portal/domain': ['libs/domain/src/index.ts'],
        '@portal/audit': ['libs/audit/src/index.ts'],
        '@portal/catalogs': ['libs/catalogs/src/index.ts'],
        '@portal/pack': ['libs/pack/src/index.ts'],
      },
    },
  };
}

module.exports = { swcOptions, workspaceRoot };
