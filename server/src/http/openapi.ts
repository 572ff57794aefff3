import { z } from 'zod';
import {
  changeEventSchema, createUserRequestSchema, createUserResponseSchema, errorBodySchema, loginRequestSchema, loginResponseSchema,
  okResponseSchema, pullRequestSchema, pullResponseSchema, pushRequestSchema, pushResponseSchema, updateUserRequestSchema,
} from '../../../shared/sync/protocol';

type Method = 'get' | 'post' | 'patch';
type Route = {
  method: Method; path: string; summary: string; auth: boolean; request?: z.ZodType; status?: number;
  response?: z.ZodType; eventStream?: boolean; errors: number[];
};

/** Every route of the server, described from the shared zod schemas (the same ones both sides validate with). */
export const apiRoutes: readonly Route[] = [
  { method: 'get', path: '/v1/health', summary: 'Liveness check', auth: false, response: okResponseSchema, errors: [] },
  { method: 'get', path: '/v1/openapi.json', summary: 'This document', auth: false, errors: [] },
  { method: 'post', path: '/v1/auth/login', summary: 'Log in; returns a bearer token', auth: false, request: loginRequestSchema, response: loginResponseSchema, errors: [400, 401, 429] },
  { method: 'post', path: '/v1/auth/logout', summary: 'Revoke the token', auth: true, response: okResponseSchema, errors: [401] },
  { method: 'post', path: '/v1/admin/users', summary: 'Add a user to your team (admins)', auth: true, request: createUserRequestSchema, status: 201, response: createUserResponseSchema, errors: [400, 401, 403, 409] },
  { method: 'patch', path: '/v1/admin/users/{id}', summary: 'Rename, change access, deactivate a user of your team (admins)', auth: true, request: updateUserRequestSchema, response: createUserResponseSchema, errors: [400, 401, 403, 404] },
  { method: 'post', path: '/v1/sync/push', summary: 'Send mutations (admins and members)', auth: true, request: pushRequestSchema, response: pushResponseSchema, errors: [400, 401, 403, 413] },
  { method: 'post', path: '/v1/sync/pull', summary: 'Fetch changed records, page by page', auth: true, request: pullRequestSchema, response: pullResponseSchema, errors: [400, 401, 410] },
  { method: 'get', path: '/v1/sync/events', summary: 'Server-Sent Events: {"version": n} on connect and after each change', auth: true, response: changeEventSchema, eventStream: true, errors: [401] },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

/** Builds the OpenAPI 3.1 document of the server's API. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of apiRoutes) {
    const responses: Record<string, unknown> = {};
    const content = r.eventStream ? 'text/event-stream' : 'application/json';
    responses[String(r.status ?? 200)] = { description: 'Success', ...(r.response ? { content: { [content]: { schema: jsonSchema(r.response, 'output') } } } : {}) };
    for (const status of r.errors) responses[String(status)] = { $ref: '#/components/responses/Error' };
    const parameters = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        summary: r.summary,
        ...(r.auth ? {} : { security: [] }),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(r.request ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.request, 'input') } } } } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Rapport team sync server', version: '1.1', description: 'The sync protocol (PROTOCOL.md): every non-2xx answer has the Error body.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: { Error: { description: 'An error a person can act on', content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } } } },
    },
    paths,
  };
}
