import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { AppConfig, ConfigurationError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './seed/demo-data';
import { DemoSeeder } from './seed/demo-seeder';

function printBanner(config: AppConfig, url: string, seeded: boolean) {
  const lines = [
    '',
    `Engagement Portal is running at ${url}`,
    `Database: ${config.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded PGlite in ${config.dataDirectory}`}`,
  ];
  if (seeded) {
    lines.push(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const demo of DEMO_SIGN_INS) lines.push(`  ${demo.role.padEnd(20)} ${demo.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  const logger = new Logger('Main');

  await app.init();
  if (config.SEED_DEMO_DATA) await app.get(DemoSeeder).seed();

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  printBanner(config, `http://${host}:${port}`, config.SEED_DEMO_DATA);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Engagement Portal failed to start: ${message.split('\n')[0]}\n`);
  }
  process.exit(1);
});
