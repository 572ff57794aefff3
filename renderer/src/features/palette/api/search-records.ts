import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/instance';
import type { Route } from '../../../lib/navigation';

/** A saved record the palette can open. */
export type RecordHit = { id: string; kind: 'Account' | 'Stakeholder' | 'Commitment' | 'Escalation' | 'Review'; text: string; route: Route };

/**
 * Live records whose name or title contains the text (at least 2 characters): accounts, stakeholders,
 * commitments, escalations and reviews, up to `perKind` of each; the palette ranks them.
 */
export function useRecordMatches(text: string, perKind = 12): RecordHit[] {
  return useLiveQuery(async () => {
    const needle = text.trim().toLocaleLowerCase();
    if (needle.length < 2) return [];
    const has = (s: string) => s.toLocaleLowerCase().includes(needle);
    const [accounts, contacts, commitments, escalations, reviews] = await Promise.all([
      db.accounts.filter((a) => !a.deleted && has(a.name)).limit(perKind).toArray(),
      db.contacts.filter((c) => !c.deleted && has(c.name)).limit(perKind).toArray(),
      db.commitments.filter((c) => !c.deleted && has(c.title)).limit(perKind).toArray(),
      db.escalations.filter((e) => !e.deleted && has(e.title)).limit(perKind).toArray(),
      db.reviews.filter((r) => !r.deleted && has(r.title)).limit(perKind).toArray(),
    ]);
    const account = (id: string | null): Route => (id ? { section: 'accounts', recordId: id } : { section: 'commitments' });
    return [
      ...accounts.map((a): RecordHit => ({ id: a.id, kind: 'Account', text: a.name, route: { section: 'accounts', recordId: a.id } })),
      ...contacts.map((c): RecordHit => ({ id: c.id, kind: 'Stakeholder', text: c.name, route: account(c.accountId) })),
      ...commitments.map((c): RecordHit => ({ id: c.id, kind: 'Commitment', text: c.title, route: account(c.accountId) })),
      ...escalations.map((e): RecordHit => ({ id: e.id, kind: 'Escalation', text: e.title, route: { section: 'escalations', recordId: e.id } })),
      ...reviews.map((r): RecordHit => ({ id: r.id, kind: 'Review', text: r.title, route: account(r.accountId) })),
    ];
  }, [text, perKind]) ?? [];
}
