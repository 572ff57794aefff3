import { db as appDb } from './instance';
import type Dexie from 'dexie';

/** Why this window's database went away under it. */
export type DatabaseLoss = 'upgraded-elsewhere' | 'deleted-elsewhere';

/**
 * Watches for the database being taken from this window: another window or tab opening a newer
 * version, or deleting it. The connection is closed for good (Dexie would otherwise reopen it with
 * this window's outdated schema), so later writes fail with DatabaseClosedError instead of
 * half-applying; `onLost` tells the user to reload. Returns the function that stops watching.
 */
export function watchDatabaseLoss(db: Dexie, onLost: (why: DatabaseLoss) => void): () => void {
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    onLost(event.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere');
    return false;
  };
  db.on('versionchange', onVersionChange);
  return () => db.on('versionchange').unsubscribe(onVersionChange);
}

/** Watches the app's own database (see watchDatabaseLoss). */
export function watchAppDatabaseLoss(onLost: Parameters<typeof watchDatabaseLoss>[1]): () => void {
  return watchDatabaseLoss(appDb, onLost);
}
