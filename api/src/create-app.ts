import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';

import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';

import { AppModule, REQUEST_ID_HEADER, requestIdFor } from './app.module';
import { ErrorCode } from './common/domain-error';
import { HttpErrorFilter } from './common/http-error.filter';
import { createRootLogger } from './common/logging';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app-config';

/** Serves the built web app, sending index.html for client-side routes. */
async function serveWebApp(app: NestFastifyApplication, webDirectory: string) {
  if (!fs.existsSync(path.join(webDirectory, 'index.html'))) return false;

  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: webDirectory,
    wildcard: false,
    index: ['index.html'],
  });
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if ((request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');

    return reply
      .status(404)
      .send({ errors: [{ message: 'Not found', extensions: { code: ErrorCode.NotFound } }] });
  });

  return true;
}

export interface CreateAppOptions {
  logDestination?: DestinationStream;
}

const QUIET_PATHS = /^\/health\//;

export async function createApp(config: AppConfig, options: CreateAppOptions = {}) {
  const logger = createRootLogger(config, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (request: IncomingMessage) => requestIdFor(request),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  const fastify = adapter.getInstance();
  // Probes run every few seconds; their request lines would drown the rest.
  fastify.addHook('onRoute', (route) => {
    if (QUIET_PATHS.test(route.url)) route.logLevel = 'warn';
  });

  // Nest's own start-up messages are noise for a newcomer; its errors surface through main().
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config, logger),
    adapter,
    { logger: false, abortOnError: false },
  );
  app.useLogger(app.get(Logger));

  // Nest's Logger calls made while serving a request carry that request's id.
  const requestContext = await app.resolve(PinoLogger);
  fastify.addHook(
    'onRequest',
    (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
      requestContext.runInContext(done, { bindings: { reqId: request.id } });
    },
  );
  // The web app loads nothing from elsewhere and is never framed; Mantine sets inline styles.
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // Downloads (evidence, packs) are opened by the browser from our own origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  // Our blob store enforces the size limit while streaming; multipart's own limit sits just above.
  await fastify.register(multipart, {
    limits: { fileSize: config.MAX_UPLOAD_BYTES + 1, files: 1, fields: 30, fieldSize: 64 * 1024 },
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());

  fastify.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  await serveWebApp(app, path.resolve(config.WEB_DIST_DIR));

  return app;
}
