import type { JsonObject, MispModule } from './module-types';

const JSON_ANSWER = { description: 'JSON (sent as text/html)', content: { 'application/json': { schema: {} } } };

/**
 * A small OpenAPI 3.1 document in the spirit of the one misp-modules generates at start-up. Like the
 * real one it advertises 400 and 504, which the server never sends (errors are 200 + `error`).
 */
export function openApiDocument(modules: readonly MispModule[], version: string): JsonObject {
  const queryBody = {
    type: 'object',
    required: ['module'],
    properties: { module: { type: 'string', enum: modules.map((m) => m.descriptor.name) }, timeout: { type: 'number' } },
    additionalProperties: true,
  };
  return {
    openapi: '3.1.0',
    info: { title: 'misp-modules', version },
    paths: {
      '/modules': { get: { summary: 'List the loaded modules', responses: { '200': JSON_ANSWER } } },
      '/query': {
        post: {
          summary: 'Run a module',
          requestBody: { required: true, content: { 'application/json': { schema: queryBody } } },
          responses: { '200': JSON_ANSWER, '400': { description: 'Bad request' }, '504': { description: 'Timeout' } },
        },
      },
      '/healthcheck': { get: { summary: 'Liveness', responses: { '200': JSON_ANSWER } } },
      '/version': { get: { summary: 'Package version', responses: { '200': JSON_ANSWER } } },
    },
  };
}

export const SWAGGER_UI_PAGE = `<!DOCTYPE html>
<html><head><title>misp-modules API</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });</script>
</body></html>`;
