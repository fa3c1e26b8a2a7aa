// Compiles the API and the libraries it uses to CommonJS under dist/server, keeping the
// source tree's layout so that path aliases resolve to relative imports.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const { swcOptions, workspaceRoot } = require('./swc-options.cjs');

const sourceRoots = [
  'api/src',
  'libs/domain/src',
  'libs/audit/src',
  'libs/catalogs/src',
  'libs/pack/src',
];
const outRoot = path.join(workspaceRoot, 'dist/server');

function* typescriptFiles(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield full;
  }
}

fs.rmSync(outRoot, { recursive: true, force: true });
let count = 0;
for (const root of sourceRoots) {
  for (const file of typescriptFiles(path.join(workspaceRoot, root))) {
    const { code } = swc.transformFileSync(file, { ...swcOptions(), filename: file });
    const target = path.join(outRoot, path.relative(workspaceRoot, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, code);
    count += 1;
  }
}
process.stdout.write(`compiled ${count} files to ${path.relative(workspaceRoot, outRoot)}\n`);
