import { z } from 'zod';
import { errorBodySchema } from './view-schemas.js';
import type { Route } from './route.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and describe replies. */
export function buildOpenApiDocument(routes: Route[], info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}') + (route.path.startsWith('/api/v1/learner') || route.path.startsWith('/api/v1/manager') ? '/' : '');
    const parameters: unknown[] = [];
    for (const [location, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      const shape = (jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] }) ?? {};
      for (const [name, property] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: location, required: location === 'path' || (shape.required ?? []).includes(name), schema: property });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { [response.mediaType ?? 'application/json']: { schema: jsonSchema(response.schema, 'output') } } } : {}),
        ...(!response.schema && response.mediaType
          ? { content: { [response.mediaType]: { schema: response.mediaType.startsWith('image/') ? { type: 'string', format: 'binary' } : { type: 'string' } } } }
          : {}),
      };
    }
    if (route.limit) {
      responses[429] = {
        description: 'Asked for too often: the allowance of this costly action is used up for now. `Retry-After` says in how many seconds to try again (also in error.details.retryAfterSeconds).',
        headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer', minimum: 1 } } },
        content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } },
      };
    }
    responses.default = { description: 'An error: `{ "error": { "code", "message", "details"? } }`', content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } } };
    paths[path] ??= {};
    paths[path]![route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: false,
              content: {
                'application/json': { schema: jsonSchema(route.body, 'input') },
                ...Object.fromEntries((route.bodyMediaTypes ?? []).map((type) => [type, { schema: { type: 'string' } }])),
              },
            },
          }
        : {}),
      responses,
      // What the audit log records when this operation answers 2xx (none: a learner's own data).
      ...(route.audit ? { 'x-audit-action': route.audit.action } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Skillcheck API',
      version: info.version,
      description:
        'The learner API of the original backend (paths with or without the trailing slash), plus admin import/export and read-only reports. Every error is `{ "error": { "code", "message" } }`.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
