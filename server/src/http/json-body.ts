import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

/**
 * Request bodies are JSON only. Keys that could poison prototypes (`__proto__`, `constructor.prototype`)
 * are refused by Fastify's secure parser; any other content type is a 400, not a 415.
 */
export function installJsonBody(app: FastifyInstance): void {
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => {
    done(new ApiError('bad_request', 'Send the body as JSON with Content-Type: application/json'), undefined);
  });
}
