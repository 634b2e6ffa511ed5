import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from '../app.module';
import { createRootLogger, PinoNestLogger } from '../common/logging/pino-logger';
import type { AppConfig } from '../config/app-config.schema';
import { setupOpenApi } from '../openapi/setup-openapi';

/** MISP events with 100k attributes exist (MISP#4424); they must fit. */
export const BODY_LIMIT_BYTES = 64 * 1024 * 1024;

export type CreatedApp = { app: NestFastifyApplication; logger: Logger };

/** Builds the whole API (used by `main.ts` and by the integration tests, so both run the same app). */
export async function createApp(config: AppConfig): Promise<CreatedApp> {
  const logger = createRootLogger(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, logger: false, return503OnClosing: true });
  useFastJsonParser(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    bodyParser: false, // our own JSON parser is registered above
  });
  // Nest routes Fastify's own errors (body parsing, limits, unknown routes) through ApiExceptionFilter.
  setupOpenApi(app);
  app.enableShutdownHooks();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, logger };
}

/**
 * Plain `JSON.parse` instead of Fastify's prototype-poisoning-safe parser: it is measurably faster on
 * multi-megabyte MISP events, and nothing here merges request bodies into objects by key.
 */
function useFastJsonParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      Object.assign(err, { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
      done(err, undefined);
    }
  });
}
