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
  lingerAfterTooLarge(adapter.getInstance());
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

/** How long the rest of a refused too-large body is read (and thrown away) before the connection is cut. */
const TOO_LARGE_LINGER_MS = 2_000;

/**
 * Fastify answers a body over the limit with 413 and `Connection: close`, and Node then closes the socket at
 * once while the client is still sending: the unread bytes make the kernel reset the connection, and the
 * client often loses the 413 (it sees EPIPE or ECONNRESET instead). So Node is told not to close; the rest of
 * the body is drained (read and dropped, never kept) and the connection closed once it ends, or cut after a
 * short while if the client keeps sending. The 413 gets through either way.
 */
function lingerAfterTooLarge(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 413 || request.raw.complete) return payload;
    reply.removeHeader('connection');
    reply.raw.shouldKeepAlive = true;
    const socket = request.raw.socket;
    reply.raw.once('finish', () => {
      const cut = setTimeout(() => socket.destroy(), TOO_LARGE_LINGER_MS);
      cut.unref();
      request.raw.once('end', () => {
        clearTimeout(cut);
        socket.end();
      });
      request.raw.resume();
    });
    return payload;
  });
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
