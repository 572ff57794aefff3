import type { FastifyInstance } from 'fastify';
import { ApiError, describeIssue } from '../http/api-error';
import { authenticate, currentUser, type AuthContext } from '../http/authenticate';
import { createUserRequestSchema, updateUserRequestSchema } from '../../../shared/sync/protocol';
import { createUser, isEmailTaken, updateUser } from './users';

/** Called when a user is deactivated, so their open change streams end at once. */
export type UserDeactivated = (userId: string) => void;

/** POST /v1/admin/users and PATCH /v1/admin/users/:id: an admin adds and changes users of the admin's own team. */
export function registerAdminRoutes(app: FastifyInstance, auth: AuthContext, onDeactivated: UserDeactivated): void {
  const { db, now } = auth;
  app.post('/v1/admin/users', { onRequest: authenticate(auth, ['admin']) }, async (request, reply) => {
    const admin = currentUser(request);
    const parsed = createUserRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    const user = await createUser(db, { ...parsed.data, teamId: admin.teamId });
    if (isEmailTaken(user)) {
      // The same answer whether the address is on this team or elsewhere on the server: it names nobody
      // and does not tell which team has it (emails are unique server-wide, so the address cannot be used).
      throw new ApiError('already_exists', 'This email address cannot be used for a new user; check it, or use another address');
    }
    return reply.code(201).send({ user });
  });

  app.patch('/v1/admin/users/:id', { onRequest: authenticate(auth, ['admin']) }, async (request) => {
    const admin = currentUser(request);
    const { id } = request.params as { id: string };
    const parsed = updateUserRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    const change = parsed.data;
    if (id === admin.id && (change.active === false || (change.access !== undefined && change.access !== 'admin'))) {
      throw new ApiError('forbidden', 'You cannot deactivate yourself or give up your own admin access; ask another admin');
    }
    const user = await updateUser(db, admin.teamId, id, change, now());
    if (!user) throw new ApiError('not_found', 'There is no such user on your team');
    // Their next request reads the new name, access or deactivation from the database.
    auth.sessions.forgetUser(id);
    if (change.active === false) onDeactivated(id);
    return { user };
  });
}
