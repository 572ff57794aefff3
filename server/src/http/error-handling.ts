import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, sendError } from './api-error';

/**
 * Maps every failure to the protocol's error body. Anything caused by the request is a 4xx;
 * only a failure of the server itself (e.g. the database is down) is a 500.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(reply, 'not_found', `No such endpoint: ${request.method} ${request.url.split('?')[0] ?? ''}`));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.code, error.message);
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 'payload_too_large', 'The request body is larger than 1 MiB; push fewer mutations at once');
    }
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code }, 'bad request');
      return sendError(reply, 'bad_request', `The request could not be read: ${error.message}`);
    }
    if (error instanceof SyntaxError || error instanceof RangeError) {
      return sendError(reply, 'bad_request', 'The request body is not valid JSON');
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'The server failed; try again later' } });
  });
}
