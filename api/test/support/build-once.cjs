// Compiles the API once before any suite runs: several suites start the compiled commands
// (start, import, verify), and building from each of them at once would race on dist/.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function buildOnce() {
  const root = path.resolve(__dirname, '../../..');
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.cjs')], {
    cwd: root,
    stdio: 'ignore',
  });
};
