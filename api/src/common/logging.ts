import pino, { DestinationStream, Logger } from 'pino';

import { AppConfig } from '../config/app-config';

/**
 * The one pino instance: Fastify logs each request through it (with the request id on every
 * line) and Nest's Logger writes through it via nestjs-pino.
 */
export function createRootLogger(config: AppConfig, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: 'engagement-portal', pid: process.pid },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}
