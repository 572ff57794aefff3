import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';
import { findPoisonedKey, poisonedMutationMark } from './poisoned-keys';

/**
 * Request bodies are JSON only; any other content type is a 400, not a 415. Keys that could poison
 * prototypes (`__proto__`, `constructor.prototype`) refuse the request, except inside one pushed
 * mutation: that mutation alone is marked, and the push rejects it (PROTOCOL.md "Errors").
 * `JSON.parse` stores such keys as plain own properties, so parsing itself pollutes nothing.
 */
export function installJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    let body: unknown;
    try {
      body = JSON.parse(text as string);
    } catch {
      done(new ApiError('bad_request', 'The request body is not valid JSON'), undefined);
      return;
    }
    if (request.url.split('?')[0] === '/v1/sync/push') markPoisonedMutations(body);
    const key = findPoisonedKey(body);
    if (key) {
      done(new ApiError('bad_request', `The request body contains the key "${key}", which is not allowed`), undefined);
      return;
    }
    done(null, body);
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => {
    done(new ApiError('bad_request', 'Send the body as JSON with Content-Type: application/json'), undefined);
  });
}

/** Replaces each pushed mutation that holds a forbidden key by a stub the push rejects as a bad mutation. */
function markPoisonedMutations(body: unknown): void {
  if (typeof body !== 'object' || body === null || !Object.prototype.hasOwnProperty.call(body, 'mutations')) return;
  const mutations: unknown = (body as { mutations: unknown }).mutations;
  if (!Array.isArray(mutations)) return;
  for (const [i, m] of mutations.entries()) {
    const key = findPoisonedKey(m);
    if (!key || typeof m !== 'object' || m === null) continue;
    const mutationId: unknown = Object.prototype.hasOwnProperty.call(m, 'mutationId') ? (m as { mutationId: unknown }).mutationId : undefined;
    mutations[i] = { mutationId, [poisonedMutationMark]: key };
  }
}
