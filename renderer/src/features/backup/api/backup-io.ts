import type { RapportDb } from '../../../db/db';
import { backupFormatVersion, type Backup } from './backup-format';

/** Reads every table, in one read transaction so the backup is a consistent snapshot. */
export async function createBackup(db: RapportDb, now: Date = new Date()): Promise<Backup> {
  const tables = await db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
    return Object.fromEntries(entries);
  });
  return { format: 'rapport-backup', version: backupFormatVersion, exportedAt: now.toISOString(), schemaVersion: db.verno, tables: tables as Backup['tables'] };
}

/** How many rows each table of a backup holds. */
export function backupCounts(backup: Backup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
}

/** Replaces every table of the local database with the backup's, all in one transaction (all or nothing). */
export async function restoreBackup(db: RapportDb, backup: Backup): Promise<void> {
  const rows = backup.tables as Record<string, unknown[]>;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const incoming = rows[table.name];
      if (incoming && incoming.length > 0) await table.bulkAdd(incoming);
    }
  });
}
