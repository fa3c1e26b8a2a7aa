import 'reflect-metadata';

import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { FrameworkKey } from '@portal/catalogs';
import { DataSource } from 'typeorm';

import { AuditPack, AuditPackStatus } from '../audit-packs/audit-pack.entity';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { LocalBlobStore } from '../evidence/blob-store';
import { BLOB_STORE } from '../evidence/evidence-file.controller';

/**
 * Exports packs of two sizes and compares each with `sha256sum` plus `zip -0` over the same
 * files (and with `openssl dgst -sha256` plus `zip -0`), run side by side on the same machine,
 * and reports the export worker's peak resident memory.
 * Usage: npm run bench:audit-pack -- [total MiB per size, default "256,1024"] [files per GiB, default 3000]
 */
const sizesMiB = (process.argv[2] ?? '256,1024').split(',').map(Number);
const filesPerGiB = Number(process.argv[3] ?? 3000);
/** As in infra/Dockerfile and `npm start`. */
const WORKER_NODE_OPTIONS = ['--max-semi-space-size=16'];

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Hashes every file with `hashCommand`, then stores them all in a ZIP without compression, and
 * measures both the wall time and the CPU time of the two.
 */
function runBaseline(hashCommand: string, folder: string, zipPath: string) {
  const started = process.hrtime.bigint();
  // `times` prints the shell's own and then its children's user and system CPU time.
  const times = execFileSync(
    'bash',
    [
      '-c',
      `${hashCommand} ${folder}/* > /dev/null && cd ${folder} && zip -0 -q -r ${zipPath} . && times`,
    ],
    { encoding: 'utf8' },
  );
  const wall = seconds(started);
  // zip adds to an archive that exists; every run starts from none.
  fs.rmSync(zipPath, { force: true });

  return { seconds: wall, cpuSeconds: childCpuSeconds(times) };
}

/** User plus system CPU seconds of the children, from the second line of bash's `times`. */
function childCpuSeconds(times: string): number {
  const line = times.trim().split('\n').at(-1) ?? '';

  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, minutes, secs]) => sum + Number(minutes) * 60 + Number(secs),
    0,
  );
}

async function seedEvidence(
  dataSource: DataSource,
  blobs: LocalBlobStore,
  folder: string,
  totalMiB: number,
) {
  const fileCount = Math.max(10, Math.round((totalMiB / 1024) * filesPerGiB));
  const fileSize = Math.floor((totalMiB * 1024 * 1024) / fileCount);
  const [engagement] = await dataSource.query(
    `SELECT id FROM engagements WHERE name = 'Payments API modernisation'`,
  );
  const [officer] = await dataSource.query(
    `SELECT id FROM users WHERE email = 'compliance@balticmutual.example'`,
  );
  const [engineer] = await dataSource.query(
    `SELECT id FROM users WHERE email = 'engineer@kestrel.example'`,
  );
  const requirements: { id: string }[] = await dataSource.query(
    `SELECT id FROM engagement_requirements WHERE engagement_id = $1 AND framework = 'ISO27001'`,
    [engagement.id],
  );
  fs.mkdirSync(folder, { recursive: true });

  for (let index = 0; index < fileCount; index += 1) {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(fileSize - 9)]);
    const name = `bench-${String(index).padStart(5, '0')}.pdf`;
    fs.writeFileSync(path.join(folder, name), bytes);
    const stored = await blobs.putBuffer(bytes);
    const evidenceId = randomUUID();
    const versionId = randomUUID();
    await dataSource.query(
      `INSERT INTO evidence (id, engagement_id, kind, title, description, created_by_id, version) VALUES ($1, $2, 'FILE', $3, '', $4, 1)`,
      [evidenceId, engagement.id, `Benchmark file ${index}`, engineer.id],
    );
    await dataSource.query(
      `INSERT INTO evidence_versions (id, evidence_id, number, sha256, size_bytes, file_name, content_type, covers_from, covers_to, created_by_id)
       VALUES ($1, $2, 1, $3, $4, $5, 'application/pdf', '2026-01-01', '2026-06-30', $6)`,
      [versionId, evidenceId, stored.sha256, bytes.length, name, engineer.id],
    );
    await dataSource.query(
      `INSERT INTO evidence_reviews (evidence_version_id, reviewer_id, decision, comment) VALUES ($1, $2, 'ACCEPTED', 'benchmark')`,
      [versionId, officer.id],
    );
    await dataSource.query(
      `INSERT INTO evidence_requirement_links (evidence_id, engagement_requirement_id, linked_by_id) VALUES ($1, $2, $3)`,
      [evidenceId, requirements[index % requirements.length].id, engineer.id],
    );
  }

  return {
    engagementId: engagement.id as string,
    requesterId: officer.id as string,
    fileCount,
    fileSize,
  };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  const config = {
    ...loadConfig({
      ...process.env,
      DATA_DIR: path.join(work, 'data'),
      LOG_LEVEL: 'warn',
      RUN_JOBS: 'false',
    }),
  };
  const app = await createApp(config);
  await app.init();
  const { DemoSeeder } = await import('../seed/demo-seeder');
  await app.get(DemoSeeder).seed();
  const dataSource = app.get(DataSource);
  const blobs = app.get<LocalBlobStore>(BLOB_STORE);
  const rows: string[] = [];

  try {
    for (const totalMiB of sizesMiB) {
      await dataSource.query(
        `DELETE FROM evidence_requirement_links WHERE evidence_id IN (SELECT id FROM evidence WHERE title LIKE 'Benchmark file %')`,
      );
      const folder = path.join(work, `files-${totalMiB}`);
      const seeded = await seedEvidence(dataSource, blobs, folder, totalMiB);

      const baselineZip = path.join(work, `baseline-${totalMiB}.zip`);
      const baseline = runBaseline('sha256sum', folder, baselineZip);
      // The same with OpenSSL's SHA-256, which uses the CPU's SHA instructions as Node.js does
      // (coreutils' sha256sum may not): the stricter reference.
      const opensslBaseline = runBaseline('openssl dgst -sha256', folder, baselineZip);

      const pack = await dataSource.getRepository(AuditPack).save({
        engagementId: seeded.engagementId,
        frameworks: [FrameworkKey.ISO27001],
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        status: AuditPackStatus.QUEUED,
        requestedById: seeded.requesterId,
      });
      // The export runs in a fresh API process, so its peak memory is the worker's own; it
      // starts with the V8 options of the production command (infra/Dockerfile).
      const child = JSON.parse(
        execFileSync(
          process.execPath,
          [...WORKER_NODE_OPTIONS, path.join(__dirname, 'export-one-pack.bench-child.js'), pack.id],
          {
            env: {
              ...process.env,
              DATA_DIR: config.dataDirectory,
              DATABASE_URL: config.DATABASE_URL,
            },
            encoding: 'utf8',
          },
        )
          .trim()
          .split('\n')
          .at(-1)!,
      ) as { seconds: number; cpuSeconds: number; rssAfterBoot: number; peakRss: number };
      const exportSeconds = child.seconds;
      const rssBefore = child.rssAfterBoot;
      const peakRss = child.peakRss;
      const [done] = await dataSource.query(
        'SELECT status, size_bytes FROM audit_packs WHERE id = $1',
        [pack.id],
      );
      if (done.status !== 'SUCCEEDED') throw new Error(`export ${done.status}`);

      const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
      const ratio = (reference: number) => `${(exportSeconds / reference).toFixed(2)}×`;
      rows.push(
        `| ${totalMiB} MiB | ${seeded.fileCount} × ${(seeded.fileSize / 1024).toFixed(0)} KiB | ` +
          `${baseline.seconds.toFixed(1)} s | ${opensslBaseline.seconds.toFixed(1)} s | ${exportSeconds.toFixed(1)} s | ` +
          `${ratio(baseline.seconds)} / ${ratio(opensslBaseline.seconds)} | ` +
          `${baseline.cpuSeconds.toFixed(1)} / ${opensslBaseline.cpuSeconds.toFixed(1)} / ${child.cpuSeconds.toFixed(1)} s | ` +
          `${mib(rssBefore)} MiB | ${mib(peakRss)} MiB | ${mib(Number(done.size_bytes))} MiB |`,
      );
      fs.rmSync(folder, { recursive: true, force: true });
      process.stdout.write(`${rows.at(-1)}\n`);
    }
  } finally {
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\nMachine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ` +
      `database: ${config.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}\n\n` +
      '| evidence | files | sha256sum + zip -0 | openssl + zip -0 | export | ratio to each | CPU time: sha256sum, openssl, export | worker RSS after start | worker peak RSS | pack |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      `${rows.join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
