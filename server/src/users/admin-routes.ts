import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { ApiError, describeIssue } from '../http/api-error';
import { authenticate, currentUser } from '../http/authenticate';
import { createUserRequestSchema } from '../../../shared/sync/protocol';
import { createUser } from './users';

/** POST /v1/admin/users: an admin adds a user to the admin's own team. */
export function registerAdminRoutes(app: FastifyInstance, db: Database, now: () => Date): void {
  app.post('/v1/admin/users', { onRequest: authenticate(db, now, ['admin']) }, async (request, reply) => {
    const admin = currentUser(request);
    const parsed = createUserRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    const user = await createUser(db, { ...parsed.data, teamId: admin.teamId });
    if (!user) throw new ApiError('already_exists', `A user with the email ${parsed.data.email} already exists`);
    return reply.code(201).send({ user });
  });
}
