import { z } from 'zod';
import { recordIdSchema } from '../../../shared/domain/common';
import { entityNames, type EntityName } from '../../../shared/domain/entities';
import { clientIdSchema, hlcSchema, maxClockSkewMs, mutationIdSchema, spaceSchema, versionSchema } from '../../../shared/sync/protocol';

/*
 * The schemas of the sync bookkeeping rows, written first; their types are inferred from them, so
 * the rows the app writes, the backup format and the checks of a restored backup cannot drift apart.
 */

/** A synced record type's name. */
export const entityNameSchema = z.enum(entityNames as [EntityName, ...EntityName[]]);

/** Latest instant a stored clock may show (year 9999): anything later is corrupt. */
const maxWallMs = Date.UTC(9999, 11, 31);

/** The stored hybrid logical clock of this installation. */
export const hlcStateSchema = z.object({
  wallMs: z.number().int().min(0).max(maxWallMs),
  counter: z.number().int().min(0).max(0xffff),
  node: z.string().regex(/^[0-9a-f]{16}$/, 'the clock node id must be 16 lower-case hex digits'),
});

/** Sync bookkeeping of one record: its space, the server version of each field last pulled, and the pulled value of fields edited locally since. */
export const recordMetaSchema = z.object({
  entity: entityNameSchema,
  id: recordIdSchema,
  space: spaceSchema,
  versions: z.record(z.string(), versionSchema),
  values: z.record(z.string(), z.unknown()).optional(),
  /** The version known for every field not in `versions` (set when a record first stored by a first sync is edited or pulled again). */
  floor: versionSchema.optional(),
});
/** Sync bookkeeping of one record. */
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** One field update waiting to be pushed: the new value and the version it was based on. */
export const outboxFieldSchema = z.object({ value: z.unknown(), base: versionSchema });
/** One field update waiting to be pushed. */
export type OutboxField = z.infer<typeof outboxFieldSchema>;

/** A mutation waiting in the outbox, already in PROTOCOL.md push shape. */
export const outboxEntrySchema = z.object({
  mutationId: mutationIdSchema,
  hlc: hlcSchema,
  entity: entityNameSchema,
  id: recordIdSchema,
  space: spaceSchema,
  fields: z.record(z.string(), outboxFieldSchema),
});
/** A mutation waiting in the outbox. */
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/**
 * A mutation as the outbox stores it: either in push shape (`fields`: each value with its base), or,
 * for a create (every base is 0), as plain `values` — a third smaller and quicker to write, which an
 * import of 10,000 rows notices. Entries stored by older versions (and their backups) are all in push
 * shape; both are read, and pushed in push shape (sync-state.ts `expandOutboxEntry`).
 */
export const storedOutboxEntrySchema = outboxEntrySchema.extend({
  fields: z.record(z.string(), outboxFieldSchema).optional(),
  values: z.record(z.string(), z.unknown()).optional(),
}).refine((entry) => (entry.fields === undefined) !== (entry.values === undefined), {
  message: 'an unsent edit needs either its fields or its values, not both',
});
/** A mutation as the outbox stores it. */
export type StoredOutboxEntry = z.infer<typeof storedOutboxEntrySchema>;

/** A mutation the server refused because this device's clock was ahead: kept to be re-stamped and sent again. */
export const heldMutationSchema = outboxEntrySchema.omit({ mutationId: true }).extend({
  seq: z.number().int().min(1).optional(),
  reason: z.literal('clock_skew'),
});
/** A mutation held until the device clock is right again. */
export type HeldMutation = z.infer<typeof heldMutationSchema>;

/** A pushed mutation the server refused, kept so the user sees why and what they typed. */
export const rejectionSchema = z.object({
  seq: z.number().int().min(1).optional(),
  entity: z.string().max(100),
  recordId: z.string().max(64),
  field: z.string().max(200).nullable(),
  reason: z.string().max(100),
  message: z.string().max(2_000),
  typed: z.unknown(),
  at: z.string(),
});
/** A pushed mutation the server refused. */
export type Rejection = z.infer<typeof rejectionSchema>;

/** A pulled record that does not parse (an incomplete create, a value this version cannot read), set aside instead of breaking the screens. */
export const setAsideSchema = z.object({
  entity: entityNameSchema,
  id: recordIdSchema,
  record: z.record(z.string(), z.unknown()),
  problem: z.string(),
  at: z.string(),
});
/** A pulled record set aside. */
export type SetAsideRecord = z.infer<typeof setAsideSchema>;

/** Installation facts kept in the `meta` table, one row per key. */
export const metaRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('clientId'), value: clientIdSchema }),
  z.object({ key: z.literal('clock'), value: hlcStateSchema }),
  z.object({ key: z.literal('nextMutationId'), value: mutationIdSchema }),
  z.object({ key: z.literal('syncCursor'), value: z.string().max(10_000).nullable() }),
  z.object({ key: z.literal('lastSyncAt'), value: z.iso.datetime() }),
  z.object({ key: z.literal('lastPulledHead'), value: z.string().max(10_000) }),
  // The greatest version a first sync stored without per-record metadata: every team record with no
  // metadata was pulled at that version or below (pages come in order of their greatest version).
  z.object({ key: z.literal('pulledFloor'), value: versionSchema }),
]);
/** One installation fact. */
export type MetaRow = z.infer<typeof metaRowSchema>;
/** The key of an installation fact. */
export type MetaKey = MetaRow['key'];

/** Whether a stored clock is usable now: not more than the allowed skew ahead of the physical time. */
export function isClockSane(clock: { wallMs: number }, nowMs: number): boolean {
  return clock.wallMs - nowMs <= maxClockSkewMs;
}
