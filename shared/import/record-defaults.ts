import type { ImportEntity } from './fields';

/** The values a new record gets for fields the file does not provide. */
export function recordDefaults(entity: ImportEntity, now: string): Record<string, unknown> {
  switch (entity) {
    case 'accounts':
      return {
        externalId: null, segment: 'smb', tier: 'tier_3', arrMinor: 0, currency: 'USD', renewalDate: null,
        lifecycleStage: 'adopting', ownerId: null, industry: '', tags: [], createdAt: now, deleted: false,
        website: '', phone: '', billingCity: '', billingCountry: '', description: '',
      };
    case 'contacts':
      return { title: '', email: '', phone: '', role: 'user', sentiment: 'neutral', lastContactedAt: null, deleted: false };
    case 'touches':
      return { contactId: null, kind: 'note', details: '', authorId: null, deleted: false };
    case 'tickets':
      return { externalId: null, category: '', status: 'open', priority: 'normal', resolvedAt: null, deleted: false };
    case 'usagePoints':
      return { deleted: false };
    case 'surveyResponses':
      return { contactId: null, comment: '', deleted: false };
  }
}

/** A new account's tier follows its segment unless the file says otherwise. */
export const tierOfSegment: Record<string, string> = { enterprise: 'tier_1', mid_market: 'tier_2', smb: 'tier_3' };

/**
 * The natural key that identifies a record across imports: external id for accounts (falling back to
 * the name) and tickets, email (or name) within the account for stakeholders, account + date + metric
 * for usage, account + time + summary/kind for touches and survey responses. Null when a row has none.
 */
export function naturalKey(entity: ImportEntity, r: Record<string, unknown>): string | null {
  const s = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : '');
  switch (entity) {
    case 'accounts':
      return s(r.externalId) !== '' ? `id:${s(r.externalId)}` : s(r.name) !== '' ? `name:${s(r.name)}` : null;
    case 'tickets':
      return s(r.externalId) !== '' ? `id:${s(r.externalId)}` : null;
    case 'contacts':
      return s(r.email) !== '' ? `${String(r.accountId)}|email:${s(r.email)}` : `${String(r.accountId)}|name:${s(r.name)}`;
    case 'usagePoints':
      return `${String(r.accountId)}|${String(r.date)}|${s(r.metric)}`;
    case 'touches':
      return `${String(r.accountId)}|${String(r.at)}|${s(r.summary)}`;
    case 'surveyResponses':
      return `${String(r.accountId)}|${String(r.respondedAt)}|${String(r.kind)}`;
  }
}
