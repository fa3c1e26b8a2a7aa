import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';

import { AppModule, REQUEST_ID_HEADER, requestIdFor } from './app.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { createValidationPipe } from './common/validation.pipe';
import { ErrorCode } from './common/domain-error';
import { AppConfig } from './config/app-config';

/** Serves the built web app, sending index.html for client-side routes. */
async function serveWebApp(app: NestFastifyApplication, webDirectory: string) {
  if (!fs.existsSync(path.join(webDirectory, 'index.html'))) return false;

  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: webDirectory, wildcard: false, index: ['index.html'] });
  fastify.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/health');
    if (isPage && (request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');

    return reply.status(404).send({ errors: [{ message: 'Not found', extensions: { code: ErrorCode.NotFound } }] });
  });

  return true;
}

export interface CreateAppOptions {
  logDestination?: DestinationStream;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}) {
  const adapter = new FastifyAdapter({
    genReqId: (request: IncomingMessage) => requestIdFor(request),
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config, options.logDestination), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  await serveWebApp(app, path.resolve(config.WEB_DIST_DIR));

  return app;
}
