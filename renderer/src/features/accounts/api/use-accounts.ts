import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../../../shared/domain/account';
import { db } from '../../../db/instance';

/** Live accounts (not deleted) whose name contains the search text, sorted by name. */
export function useAccounts(search: string): Account[] | undefined {
  return useLiveQuery(async () => {
    const needle = search.trim().toLocaleLowerCase();
    const rows = await db.accounts.orderBy('name').toArray();
    return rows.filter((a) => !a.deleted && (needle === '' || a.name.toLocaleLowerCase().includes(needle)));
  }, [search]);
}
