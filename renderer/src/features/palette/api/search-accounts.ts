import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/instance';

/** Up to `limit` live accounts whose name contains the text, for the command palette. */
export function useAccountMatches(text: string, limit = 8): { id: string; name: string }[] {
  return useLiveQuery(async () => {
    const needle = text.trim().toLocaleLowerCase();
    if (needle.length < 2) return [];
    const found = await db.accounts.filter((a) => !a.deleted && a.name.toLocaleLowerCase().includes(needle)).limit(limit).toArray();
    return found.map((a) => ({ id: a.id, name: a.name }));
  }, [text, limit]) ?? [];
}
