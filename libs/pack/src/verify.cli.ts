import { verifyPack } from './verify-pack';

const USAGE = 'Usage: npm run pack:verify -- <pack.zip> [--key-fingerprint <sha256 hex>]';

/**
 * Verifies an audit pack offline. Exit 0 when everything holds, 1 with the list of problems,
 * 2 when called wrongly. Needs no server, database or network.
 */
async function main() {
  const args = process.argv.slice(2);
  const files: string[] = [];
  let expectedKeyFingerprint: string | undefined;
  let wrong = false;
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '--key-fingerprint') expectedKeyFingerprint = args[++index];
    else if (args[index].startsWith('--')) wrong = true;
    else files.push(args[index]);
  }
  if (
    wrong ||
    files.length !== 1 ||
    (args.includes('--key-fingerprint') && !expectedKeyFingerprint)
  ) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }

  const report = await verifyPack(files[0], { expectedKeyFingerprint });
  const manifest = report.manifest;
  if (manifest) {
    process.stdout.write(
      `Pack ${manifest.packId}: ${manifest.engagement?.name} (${manifest.client?.name}), ` +
        `${manifest.auditPeriod?.from} to ${manifest.auditPeriod?.to}, generated ${manifest.generatedAt}\n`,
    );
  }
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  if (report.ok) {
    process.stdout.write(
      `OK: signature valid, ${report.filesChecked} files match the manifest, activity chain intact\n`,
    );
    return;
  }
  process.stdout.write(`FAILED: ${report.problems.length} problem(s)\n`);
  for (const problem of report.problems) process.stdout.write(`  - ${problem}\n`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Cannot verify: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
});
