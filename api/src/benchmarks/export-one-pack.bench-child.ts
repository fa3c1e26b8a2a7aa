import 'reflect-metadata';

import fs from 'node:fs';

import { AuditPackService } from '../audit-packs/audit-pack.service';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';

/**
 * Runs one export in a fresh API process, as a worker would, and reports its wall time and the
 * process's peak resident memory (VmHWM). Started by audit-pack-export.bench.ts.
 */
async function main() {
  const packId = process.argv[2];
  const app = await createApp({
    ...loadConfig(),
    LOG_LEVEL: 'warn',
    RUN_JOBS: false,
    SEED_DEMO_DATA: false,
  });
  await app.init();
  const rssAfterBoot = process.memoryUsage().rss;

  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await app.get(AuditPackService).generate(packId, 1);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const peakKiB = Number(
    /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0,
  );
  await app.close();

  process.stdout.write(
    `${JSON.stringify({
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssAfterBoot,
      peakRss: peakKiB * 1024,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
