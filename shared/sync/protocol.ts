/**
 * The sync protocol's request and response bodies (PROTOCOL.md), as zod schemas shared by the
 * app's sync client and the server, plus the protocol's limits.
 */
import { z } from 'zod';
import { recordIdSchema } from '../domain/common';
import { isHlc } from './hlc';

/** Largest request body the server accepts, in bytes (1 MiB). */
export const maxBodyBytes = 1024 * 1024;
/** Most mutations one push may carry. */
export const maxMutationsPerPush = 500;
/** Records per pull page when the client names no limit. */
export const defaultPullLimit = 1000;
/** Records per pull page at most; larger limits are treated as this. */
export const maxPullLimit = 5000;
/** About how many bytes of JSON one pull page holds at most (a single larger record still comes alone). */
export const maxPullPageBytes = 4 * 1024 * 1024;
/** How far ahead of the server's clock a mutation's HLC may be, in milliseconds (24 hours). */
export const maxClockSkewMs = 24 * 60 * 60 * 1000;
/** Shortest password the server accepts. */
export const minPasswordLength = 8;
/** Deepest nesting of arrays and objects allowed inside one field value. */
export const maxValueDepth = 32;

/** Error codes of non-2xx answers. */
export const errorCodes = [
  'bad_request', 'unauthorized', 'forbidden', 'not_found', 'already_exists', 'cursor_expired',
  'payload_too_large', 'too_many_requests',
] as const;
/** An error code of a non-2xx answer. */
export type ErrorCode = (typeof errorCodes)[number];

/** The HTTP status of each error code. */
export const errorStatus = {
  bad_request: 400, unauthorized: 401, forbidden: 403, not_found: 404, already_exists: 409,
  cursor_expired: 410, payload_too_large: 413, too_many_requests: 429,
} as const satisfies Record<ErrorCode, number>;

/** The body of every non-2xx answer. */
export const errorBodySchema = z.object({ error: z.object({ code: z.enum(errorCodes), message: z.string() }) });
/** The body of every non-2xx answer. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Whether text can be stored and sent back unchanged: no NUL and no unpaired UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Whether a JSON value is storable: finite numbers, storable text in keys and strings, bounded depth. */
export function isStorableJson(value: unknown, maxDepth: number = maxValueDepth): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const v = item.value;
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') { if (!Number.isFinite(v)) return false; continue; }
    if (typeof v === 'string') { if (!isStorableText(v)) return false; continue; }
    if (typeof v !== 'object' || item.depth >= maxDepth) return false;
    if (Array.isArray(v)) { for (const x of v) stack.push({ value: x, depth: item.depth + 1 }); continue; }
    for (const [k, x] of Object.entries(v)) {
      if (!isStorableText(k)) return false;
      stack.push({ value: x, depth: item.depth + 1 });
    }
  }
  return true;
}

/** Text that is storable (see isStorableText). */
const storableString = z.string().refine(isStorableText, 'Text contains a NUL or an unpaired surrogate character');

/** A client id: 8–64 characters of [A-Za-z0-9_-], fixed per installation. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId is 8–64 letters, digits, _ or -');
/** A well-formed hybrid logical clock string. */
export const hlcSchema = z.string().refine(isHlc, 'hlc must look like 2026-11-22T06:33:21.123Z-0000-0123456789abcdef');
/** A per-client mutation sequence number, starting at 1. */
export const mutationIdSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** A field version (0 = never seen). */
export const versionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Where a record lives: visible to the team, or to its creator only. */
export const spaces = ['team', 'private'] as const;
/** Where a record lives. */
export type Space = (typeof spaces)[number];
/** Where a record lives. */
export const spaceSchema = z.enum(spaces);

/** Team roles: admins and members push; viewers only pull. */
export const roles = ['admin', 'member', 'viewer'] as const;
/** A team role. */
export type Role = (typeof roles)[number];

/** One field update of a mutation: the new value and the field version the client last saw. */
export const fieldUpdateSchema = z
  .object({ value: z.unknown(), base: versionSchema })
  .refine((u) => u.value !== undefined, 'Each field update has a value');
/** One field update of a mutation. */
export type FieldUpdate = z.infer<typeof fieldUpdateSchema>;

/** The field updates of one mutation, at least one. */
export const fieldUpdatesSchema = z
  .record(z.string(), fieldUpdateSchema)
  .refine((f) => Object.keys(f).length > 0, 'A mutation updates at least one field');

/** One mutation: field updates on one record, as the client sends it. */
export const mutationSchema = z.object({
  mutationId: mutationIdSchema,
  hlc: hlcSchema,
  entity: z.string(),
  id: recordIdSchema,
  space: spaceSchema,
  fields: fieldUpdatesSchema,
});
/** One mutation. */
export type Mutation = z.infer<typeof mutationSchema>;

/** A push request as a client builds it. */
export const pushRequestSchema = z.object({
  clientId: clientIdSchema,
  mutations: z.array(mutationSchema).max(maxMutationsPerPush),
});
/** A push request. */
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * A push request as the server first reads it: only what fails the whole request is checked here;
 * a defect inside one mutation rejects that mutation alone.
 */
export const pushEnvelopeSchema = z.object({
  clientId: clientIdSchema,
  mutations: z.array(z.looseObject({ mutationId: mutationIdSchema })),
});

/** Why a mutation was rejected. */
export const rejectionReasons = [
  'unknown_entity', 'unknown_field', 'invalid_value', 'clock_skew', 'space_mismatch', 'forbidden', 'bad_mutation',
] as const;
/** Why a mutation was rejected. */
export type RejectionReason = (typeof rejectionReasons)[number];

/** The status of one pushed mutation. */
export const mutationStatuses = ['applied', 'conflict', 'duplicate', 'rejected', 'out_of_order'] as const;
/** The status of one pushed mutation. */
export type MutationStatus = (typeof mutationStatuses)[number];

/** Which side's value a conflict kept. */
export const keptSideSchema = z.enum(['server', 'client']);

/** The outcome of one pushed mutation. */
export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ mutationId: mutationIdSchema, status: z.literal('applied'), version: versionSchema }),
  z.object({
    mutationId: mutationIdSchema, status: z.literal('conflict'), version: versionSchema,
    conflicts: z.array(z.object({ field: z.string(), kept: keptSideSchema })),
  }),
  z.object({ mutationId: mutationIdSchema, status: z.literal('duplicate') }),
  z.object({ mutationId: mutationIdSchema, status: z.literal('out_of_order') }),
  z.object({
    mutationId: mutationIdSchema, status: z.literal('rejected'), reason: z.enum(rejectionReasons),
    field: z.string().optional(), message: z.string(),
  }),
]);
/** The outcome of one pushed mutation. */
export type MutationResult = z.infer<typeof mutationResultSchema>;

/** The answer to a push. */
export const pushResponseSchema = z.object({
  lastMutationId: z.number().int().min(0),
  serverTime: z.string(),
  results: z.array(mutationResultSchema),
});
/** The answer to a push. */
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A pull request; `cursor` null means the client knows nothing yet. */
export const pullRequestSchema = z.object({
  clientId: clientIdSchema,
  cursor: z.string().min(1).max(1000).nullable().default(null),
  limit: z.number().min(1, 'limit is at least 1').refine(Number.isInteger, 'limit is a whole number').default(defaultPullLimit),
});
/** A pull request. */
export type PullRequest = z.input<typeof pullRequestSchema>;

/** One field as pulled: its value, version and the HLC of the write that set it. */
export const pulledFieldSchema = z.object({ value: z.unknown(), version: versionSchema, hlc: z.string() });

/** One changed record as pulled, with exactly its changed fields. */
export const recordChangeSchema = z.object({
  entity: z.string(),
  id: z.string(),
  space: spaceSchema,
  fields: z.record(z.string(), pulledFieldSchema),
});
/** One changed record as pulled. */
export type RecordChange = z.infer<typeof recordChangeSchema>;

/** The answer to a pull. */
export const pullResponseSchema = z.object({
  changes: z.array(recordChangeSchema),
  cursor: z.string(),
  more: z.boolean(),
  lastMutationId: z.number().int().min(0),
});
/** The answer to a pull. */
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A login request. */
export const loginRequestSchema = z.object({ email: storableString.max(320), password: storableString.max(1024) });
/** A login request. */
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** A user as the server describes one; `active` is false once an admin deactivated them. */
export const userSchema = z.object({
  id: z.string(), email: z.string(), name: z.string(), teamId: z.string(), role: z.enum(roles), active: z.boolean().optional(),
});
/** A user as the server describes one. */
export type User = z.infer<typeof userSchema>;

/** The answer to a successful login. */
export const loginResponseSchema = z.object({ token: z.string(), user: userSchema });
/** The answer to a successful login. */
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** The answer to logout and health checks. */
export const okResponseSchema = z.object({ ok: z.literal(true) });

/** An admin's request to create a user in the admin's team. */
export const createUserRequestSchema = z.object({
  email: z.email('Give a valid email address').max(320).pipe(storableString),
  password: storableString.min(minPasswordLength, `Passwords have at least ${minPasswordLength} characters`).max(1024),
  name: storableString.trim().min(1, 'Give the user a name').max(200),
  role: z.enum(roles, { message: 'role is admin, member or viewer' }),
});
/** An admin's request to create a user. */
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** The answer to creating or changing a user. */
export const createUserResponseSchema = z.object({ user: userSchema });

/** An admin's change to a user of the admin's team (PATCH /v1/admin/users/:id): at least one of the fields. */
export const updateUserRequestSchema = z
  .object({
    name: storableString.trim().min(1, 'Give the user a name').max(200).optional(),
    access: z.enum(roles, { message: 'access is admin, member or viewer' }).optional(),
    active: z.boolean({ message: 'active is true or false' }).optional(),
  })
  .strict()
  .refine((u) => u.name !== undefined || u.access !== undefined || u.active !== undefined, 'Give name, access or active to change');
/** An admin's change to a user. */
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** One change notification on the events stream. */
export const changeEventSchema = z.object({ version: versionSchema });
/** One change notification on the events stream. */
export type ChangeEvent = z.infer<typeof changeEventSchema>;
