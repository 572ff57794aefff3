import type { RapportDb } from '../../../db/db';
import { readClock, takeNewClientId, writeMeta } from '../../../db/sync-state';
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

/** Rows per bulk write while restoring (a very large array in one call can overflow the stack). */
const restoreSlice = 5_000;

/**
 * Replaces every table of the local database with the backup's, all in one transaction (all or
 * nothing). The restored data then belongs to a new installation (PROTOCOL 1.1): a new clientId and
 * its unsent edits renumbered from 1, so the server never answers them `duplicate` and drops them;
 * a stored clock far ahead of this device's time is brought back.
 */
export async function restoreBackup(db: RapportDb, backup: Backup, nowMs: number = Date.now()): Promise<void> {
  const rows = backup.tables as Record<string, unknown[]>;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const incoming = rows[table.name] ?? [];
      for (let i = 0; i < incoming.length; i += restoreSlice) await table.bulkAdd(incoming.slice(i, i + restoreSlice));
    }
    await takeNewClientId(db);
    await writeMeta(db, { key: 'clock', value: await readClock(db, nowMs) });
  });
}
