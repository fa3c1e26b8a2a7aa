import 'reflect-metadata';

import fs from 'node:fs';

import { DataSource } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/record-lookup';
import { ConfigurationError, loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { Engagement } from '../engagements/engagement.entity';
import { Organization } from '../organizations/organization.entity';
import { actorOf } from '../policy/actor';
import { User } from '../users/user.entity';
import { EvidenceImportService } from './evidence-import.service';
import { BundleError, ImportBundle, openFolderBundle, openZipBundle } from './import-bundle';

const USAGE =
  'Usage: npm run evidence:import -- --engagement <id or exact name> --as <email> <folder or .zip> [--csv <file>]';

function argumentsOf(argv: string[]) {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index].startsWith('--')) options[argv[index].slice(2)] = argv[++index];
    else positional.push(argv[index]);
  }
  if (!options.engagement || !options.as || positional.length !== 1) throw new BundleError(USAGE);

  return {
    engagement: options.engagement,
    email: options.as,
    source: positional[0],
    csv: options.csv,
  };
}

/**
 * Imports a folder or ZIP of evidence files with its CSV, acting as a named user so that the
 * policy layer and the activity log treat it like any other upload. Exit 0 imported, 1 refused.
 * With the embedded database, stop the portal first: PGlite allows one process at a time.
 */
async function main() {
  const args = argumentsOf(process.argv.slice(2));
  const config = { ...loadConfig(), SEED_DEMO_DATA: false, LOG_LEVEL: 'warn' as const };
  const app = await createApp(config);
  await app.init();

  let bundle: ImportBundle | null = null;
  try {
    const dataSource = app.get(DataSource);
    const user = await dataSource
      .getRepository(User)
      .findOneBy({ email: args.email.toLowerCase() });
    if (!user?.active) throw new BundleError(`no active user ${args.email}`);
    const organization = await dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: user.organizationId });
    const engagement = await dataSource
      .getRepository(Engagement)
      .createQueryBuilder('engagement')
      .where('engagement.name = :name', { name: args.engagement })
      .orWhere(isUuid(args.engagement) ? 'engagement.id = :id' : '1 = 0', {
        id: args.engagement,
      })
      .getOne();
    if (!engagement) throw new BundleError(`no engagement ${args.engagement}`);

    bundle = fs.statSync(args.source).isDirectory()
      ? await openFolderBundle(args.source, args.csv)
      : await openZipBundle(args.source);
    const result = await app.get(EvidenceImportService).import(
      {
        requestId: `cli-import-${Date.now()}`,
        actor: actorOf(user, organization.kind, 'command-line'),
      },
      engagement.id,
      bundle,
    );
    process.stdout.write(
      `Imported ${result.imported} evidence file(s) into "${engagement.name}".\n`,
    );
  } finally {
    await bundle?.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DomainError) {
    process.stderr.write(`${error.message}\n`);
    const rows = (error.details.rows ?? []) as { line: number; reason: string }[];
    for (const row of rows) process.stderr.write(`  line ${row.line}: ${row.reason}\n`);
  } else if (error instanceof BundleError || error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Import failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
