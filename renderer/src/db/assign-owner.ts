import { data, db } from './instance';

/** The records whose owner is assigned: accounts, commitments ("owed by" a colleague) and escalations. */
export type OwnedEntity = 'accounts' | 'commitments' | 'escalations';

/**
 * Gives records a new owner as one command. Returns how many changed and an undo that puts
 * every previous owner back, also as one command.
 */
export async function assignOwner(entity: OwnedEntity, ids: readonly string[], ownerId: string | null): Promise<{ count: number; undo: () => Promise<void> }> {
  const table = db.table<{ id: string; ownerId: string | null }, string>(entity);
  const before = (await table.bulkGet([...ids])).filter((r) => r !== undefined).map((r) => ({ id: r.id, ownerId: r.ownerId }));
  await data.command(async (w) => {
    for (const { id } of before) await w.update(entity, id, { ownerId });
  });
  return {
    count: before.length,
    undo: () => data.command(async (w) => {
      for (const r of before) await w.update(entity, r.id, { ownerId: r.ownerId });
    }),
  };
}
