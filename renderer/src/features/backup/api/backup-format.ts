import { z } from 'zod';
import { recordIdSchema } from '../../../../../shared/domain/common';
import { entityFields, entityNames, type EntityName } from '../../../../../shared/domain/entities';
import {
  heldMutationSchema, metaRowSchema, recordMetaSchema, rejectionSchema, setAsideSchema, storedOutboxEntrySchema,
  type HeldMutation, type MetaRow, type RecordMeta, type Rejection, type SetAsideRecord, type StoredOutboxEntry,
} from '../../../db/sync-state-schema';

/** The version of the backup file format this app writes and reads. */
export const backupFormatVersion = 1;

const rowSchemas: Record<string, z.ZodType> = {
  recordMeta: recordMetaSchema, outbox: storedOutboxEntrySchema, meta: metaRowSchema,
  rejections: rejectionSchema, held: heldMutationSchema, setAside: setAsideSchema,
};
for (const e of entityNames) {
  // Loose objects: a field this version does not know survives the round trip instead of being dropped.
  rowSchemas[e] = z.looseObject({ id: recordIdSchema, ...entityFields[e] });
}
/** Tables every backup has; the others (added by later versions) are empty when a backup lacks them. */
const requiredTables = ['recordMeta', 'outbox', 'meta'];

const envelopeSchema = z.object({
  format: z.literal('rapport-backup'),
  version: z.literal(backupFormatVersion),
  exportedAt: z.string(),
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/**
 * A backup file: every table of the local database, sync bookkeeping included, each row checked by
 * the same schemas the app writes its bookkeeping with (db/sync-state-schema.ts), so a backup of any
 * device, synced or not, restores, and a damaged or hostile one is refused whole.
 */
export type Backup = Omit<z.infer<typeof envelopeSchema>, 'tables'> & {
  tables: { [E in EntityName]: Record<string, unknown>[] } & {
    recordMeta: RecordMeta[]; outbox: StoredOutboxEntry[]; meta: MetaRow[]; rejections: Rejection[]; held: HeldMutation[]; setAside: SetAsideRecord[];
  };
};

type Reading = { ok: true; backup: Backup } | { ok: false; message: string };

/** Checks every row of every table, stopping at the first bad one (a huge damaged file is refused at once). */
function checkTables(tables: Record<string, unknown[]>): { ok: false; message: string } | { ok: true; tables: Backup['tables'] } {
  const checked: Record<string, unknown[]> = {};
  for (const name of requiredTables) if (!tables[name]) return { ok: false, message: `This backup cannot be restored: it has no ${name} table.` };
  for (const [name, schema] of Object.entries(rowSchemas)) {
    const rows = tables[name] ?? [];
    const out: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i += 1) {
      const parsed = schema.safeParse(rows[i], { reportInput: false });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = ['tables', name, i, ...(issue?.path ?? [])].map(String).join('.');
        return { ok: false, message: `This backup cannot be restored: ${where} ${issue?.message ?? ''}`.trim() };
      }
      out[i] = parsed.data;
    }
    checked[name] = out;
  }
  return { ok: true, tables: checked as Backup['tables'] };
}

/** Reads and checks a backup file's text; the message says what is wrong when it is not a usable backup. */
export function readBackup(text: string, appSchemaVersion: number = Number.MAX_SAFE_INTEGER): Reading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Rapport backup (it is not JSON).' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'rapport-backup') {
    return { ok: false, message: 'This file is not a Rapport backup.' };
  }
  const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > appSchemaVersion) {
    return { ok: false, message: 'This backup was made by a newer version of Rapport. Update Rapport, then restore it.' };
  }
  const envelope = envelopeSchema.safeParse(json, { reportInput: false });
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return { ok: false, message: `This backup cannot be restored: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  const checked = checkTables(envelope.data.tables);
  if (!checked.ok) return checked;
  return checkConsistency({ ...envelope.data, tables: checked.tables });
}

/** Checks that the outbox is a run of distinct mutation ids (a file edited by hand may not be). */
function checkConsistency(backup: Backup): Reading {
  const ids = new Set<number>();
  for (const entry of backup.tables.outbox) {
    if (ids.has(entry.mutationId)) return { ok: false, message: `This backup cannot be restored: the unsent edit ${entry.mutationId} appears twice.` };
    ids.add(entry.mutationId);
  }
  return { ok: true, backup };
}
