import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import { problem } from './errors/problem';
import { PinoNestLogger } from './logging';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A Fastify-based Nest app with our limits, logs and OpenAPI at /api/docs and /api/docs-json. */
export async function createHttpApp(module: unknown, config: AppConfig, logger: Logger, title: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    loggerInstance: logger.child({ component: 'http' }),
    disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace',
    trustProxy: false,
    // Errors Fastify meets before routing (a path that is not valid percent-encoding) never reach
    // Nest's filter: answer them as problem details too.
    frameworkErrors: (error: FastifyError, _request: unknown, reply: FastifyReply) => {
      void reply.status(400).header('Content-Type', 'application/problem+json; charset=utf-8')
        .send(problem(400, 'REQUEST.BAD_URL', `The URL is not valid: ${error.message}`, { field: 'path' }));
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  setupOpenApi(app, title);
  return app;
}

export function setupOpenApi(app: INestApplication, title: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(title)
      .setDescription('chitieu: event-sourced monitoring of Program 08-CTr/TU. Commands under /api/v1 return 201 with ETag and position.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
