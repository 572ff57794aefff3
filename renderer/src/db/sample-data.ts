import { isSampleRecordId } from '../../../shared/sample/sample-ids';
import type { RapportDb } from './db';
import { renumberOutbox, syncStateTableNames } from './sync-state';

/** Whether this database holds sample-portfolio records. */
export async function hasSamplePortfolio(db: RapportDb): Promise<boolean> {
  return (await db.accounts.filter((a) => isSampleRecordId(a.id)).count()) > 0;
}

/**
 * Removes the sample portfolio, everything recorded on its accounts, and their unsent mutations,
 * then renumbers the remaining outbox from 1. Only for a database that has never synced: none of
 * this has reached a server, so nothing is lost there, and mutation ids stay consecutive.
 */
export async function removeSamplePortfolio(db: RapportDb): Promise<number> {
  let removed = 0;
  await db.transaction('rw', db.tables, async () => {
    const gone = new Set<string>();
    for (const table of db.tables) {
      if (syncStateTableNames.includes(table.name)) continue;
      const rows = (await table.toArray()) as { id: string; accountId?: unknown }[];
      const ids = rows.filter((r) => isSampleRecordId(r.id) || (typeof r.accountId === 'string' && isSampleRecordId(r.accountId))).map((r) => r.id);
      await table.bulkDelete(ids);
      for (const id of ids) gone.add(`${table.name}:${id}`);
      removed += ids.length;
    }
    await db.recordMeta.bulkDelete([...gone].map((key) => key.split(':') as [string, string]));
    await renumberOutbox(db, (m) => !gone.has(`${m.entity}:${m.id}`));
  });
  return removed;
}
