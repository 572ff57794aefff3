import { data, db } from './instance';
import { writeTogether } from './write-together';

/** The records whose owner is assigned: accounts, commitments ("owed by" a colleague) and escalations. */
export type OwnedEntity = 'accounts' | 'commitments' | 'escalations';

/**
 * Gives records a new owner in one transaction. Returns how many changed and an undo that puts
 * every previous owner back, also in one transaction.
 */
export async function assignOwner(entity: OwnedEntity, ids: readonly string[], ownerId: string | null): Promise<{ count: number; undo: () => Promise<void> }> {
  const table = db.table<{ id: string; ownerId: string | null }, string>(entity);
  const before = (await table.bulkGet([...ids])).filter((r) => r !== undefined).map((r) => ({ id: r.id, ownerId: r.ownerId }));
  await writeTogether(db, async () => {
    for (const { id } of before) await data.update(entity, id, { ownerId });
  });
  return {
    count: before.length,
    undo: () => writeTogether(db, async () => {
      for (const r of before) await data.update(entity, r.id, { ownerId: r.ownerId });
    }),
  };
}
