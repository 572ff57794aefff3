import type { EntityRecord } from '../../../../../shared/domain/entities';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ImportContext } from '../../../../../shared/import/import-plan';
import type { RapportDb } from '../../../db/db';
import { newRecordId } from '../../../lib/ids';
import { aliasMembers } from './owner-aliases';

const linksStakeholders = new Set<ImportEntity>(['touches', 'surveyResponses']);

/**
 * Reads what an import of `entity` must know: live accounts, existing records of that kind, the team
 * (and stakeholders for touches and surveys, the timeline notes earlier imports made for accounts).
 */
export async function readImportContext<E extends ImportEntity>(db: RapportDb, entity: E): Promise<ImportContext<E>> {
  const [accounts, existing, teamMembers, contacts, noteIds] = await Promise.all([
    db.accounts.filter((a) => !a.deleted).toArray(),
    db.table(entity).toArray() as Promise<EntityRecord<E>[]>,
    db.teamMembers.filter((m) => !m.deleted).toArray(),
    linksStakeholders.has(entity) ? db.contacts.filter((c) => !c.deleted).toArray() : Promise.resolve([]),
    // Notes earlier account imports made (their ids start so, see shared/import/timeline-notes.ts).
    entity === 'accounts' ? db.touches.where(':id').startsWith('note-').primaryKeys() : Promise.resolve([]),
  ]);
  const now = Date.now();
  return {
    accounts: accounts.map(({ id, name, externalId }) => ({ id, name, externalId })),
    existing,
    teamMembers: [...teamMembers.map(({ id, name, email }) => ({ id, name, email })), ...aliasMembers()],
    contacts: contacts.map(({ id, accountId, name, email }) => ({ id, accountId, name, email })),
    now: new Date(now).toISOString(),
    newId: () => newRecordId(now),
    importedNoteIds: new Set(noteIds),
  };
}
