import { entityDefaults } from '../domain/record-defaults';
import type { ImportEntity } from './fields';

/** The values a new record gets for fields the file does not provide (the entity's own defaults, shared/domain/record-defaults). */
export function recordDefaults(entity: ImportEntity, now: string): Record<string, unknown> {
  return entityDefaults[entity](now) as Record<string, unknown>;
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
