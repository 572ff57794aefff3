import { z } from 'zod';
import { recordIdSchema } from '../../../../../shared/domain/common';
import { entityFields, entityNames, type EntityName } from '../../../../../shared/domain/entities';

/** The version of the backup file format this app writes and reads. */
export const backupFormatVersion = 1;

const entityTables = {} as Record<EntityName, z.ZodType<Record<string, unknown>[]>>;
for (const e of entityNames) {
  // Loose objects: a field this version does not know survives the round trip instead of being dropped.
  entityTables[e] = z.array(z.looseObject({ id: recordIdSchema, ...entityFields[e] }));
}

const space = z.enum(['team', 'private']);
const entityName = z.enum(entityNames as [EntityName, ...EntityName[]]);

const recordMetaSchema = z.looseObject({ entity: entityName, id: recordIdSchema, space, versions: z.record(z.string(), z.number()) });
const outboxSchema = z.looseObject({
  mutationId: z.number().int(), hlc: z.string(), entity: entityName, id: recordIdSchema, space,
  fields: z.record(z.string(), z.object({ value: z.unknown(), base: z.number() })),
});
const metaSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('clientId'), value: z.string() }),
  z.object({ key: z.literal('clock'), value: z.object({ wallMs: z.number(), counter: z.number(), node: z.string() }) }),
  z.object({ key: z.literal('nextMutationId'), value: z.number().int() }),
]);

/** A backup file: every table of the local database, including sync bookkeeping (outbox, record versions). */
export const backupSchema = z.object({
  format: z.literal('rapport-backup'),
  version: z.literal(backupFormatVersion),
  exportedAt: z.string(),
  schemaVersion: z.number().int(),
  tables: z.object({ ...entityTables, recordMeta: z.array(recordMetaSchema), outbox: z.array(outboxSchema), meta: z.array(metaSchema) }),
});

/** A validated backup. */
export type Backup = z.infer<typeof backupSchema>;

/** Reads and checks a backup file's text; the message says what is wrong when it is not a usable backup. */
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Rapport backup (it is not JSON).' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'rapport-backup') {
    return { ok: false, message: 'This file is not a Rapport backup.' };
  }
  const parsed = backupSchema.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `This backup cannot be restored: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
}
