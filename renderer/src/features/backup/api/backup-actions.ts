import { accountsToCsv } from '../../../../../shared/export/records-csv';
import { db } from '../../../db/instance';
import { bridge } from '../../../lib/bridge';
import { readBackup, type Backup } from './backup-format';
import { createBackup, restoreBackup } from './backup-io';

const today = () => new Date().toISOString().slice(0, 10);

/** Saves a JSON backup of everything on this device; false when the user cancels. */
export async function saveBackupFile(): Promise<boolean> {
  const backup = await createBackup(db);
  const { saved } = await bridge.saveFile({ suggestedName: `rapport-backup-${today()}.json`, contents: JSON.stringify(backup), mimeType: 'application/json' });
  return saved;
}

/** Saves every live account as CSV (the importer reads it back). */
export async function saveAccountsCsv(): Promise<boolean> {
  const [accounts, teamMembers] = await Promise.all([db.accounts.filter((a) => !a.deleted).toArray(), db.teamMembers.toArray()]);
  accounts.sort((a, b) => a.name.localeCompare(b.name));
  const { saved } = await bridge.saveFile({ suggestedName: `rapport-accounts-${today()}.csv`, contents: accountsToCsv(accounts, teamMembers), mimeType: 'text/csv' });
  return saved;
}

/** Reads a backup file's text, refusing one made by a newer version of the app. */
export function readBackupFile(text: string): ReturnType<typeof readBackup> {
  return readBackup(text, db.verno);
}

/** Replaces this device's data with a backup. */
export function restoreFromBackup(backup: Backup): Promise<void> {
  return restoreBackup(db, backup);
}
