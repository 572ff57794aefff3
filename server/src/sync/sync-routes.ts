import type { FastifyInstance } from 'fastify';
import { ApiError, describeIssue } from '../http/api-error';
import { authenticate, currentUser, type AuthContext } from '../http/authenticate';
import { maxMutationsPerPush, pullRequestSchema, pushEnvelopeSchema } from '../../../shared/sync/protocol';
import { processPull } from './pull';
import { createPushQueue } from './push-queue';

/** POST /v1/sync/push and /v1/sync/pull. */
export function registerSyncRoutes(app: FastifyInstance, auth: AuthContext, serverId: () => Promise<string>): void {
  const { db, now } = auth;
  const submitPush = createPushQueue(db);
  app.post('/v1/sync/push', { onRequest: authenticate(auth, ['admin', 'member']) }, async (request) => {
    const user = currentUser(request);
    const body: unknown = request.body;
    const mutations = typeof body === 'object' && body !== null ? (body as { mutations?: unknown }).mutations : undefined;
    if (Array.isArray(mutations) && mutations.length > maxMutationsPerPush) {
      throw new ApiError('payload_too_large', `Push at most ${maxMutationsPerPush} mutations at once`);
    }
    const parsed = pushEnvelopeSchema.safeParse(body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    return submitPush(user, parsed.data, now());
  });

  app.post('/v1/sync/pull', { onRequest: authenticate(auth) }, async (request, reply) => {
    const user = currentUser(request);
    const parsed = pullRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    // Sent as built: the page's JSON comes from the database (see processPull).
    return reply.type('application/json; charset=utf-8').send(await processPull(db, await serverId(), user, parsed.data));
  });
}
