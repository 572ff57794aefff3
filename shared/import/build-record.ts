import { enumVocabulary, type ImportKindId } from './kinds';
import { readDate, readDateTime, readEnum, readList, readMoney, readNumber, type CellResult } from './values';

/** Existing data an import resolves references against. */
export type ImportContext = {
  accounts: { id: string; name: string; externalId: string | null }[];
  members: { id: string; name: string; email: string }[];
  contacts: { id: string; accountId: string; email: string }[];
  now: string;
};

/** Lookups built once per import from the context. */
export type ImportLookups = {
  accountByKey: Map<string, string>;
  memberByKey: Map<string, string>;
  contactByEmail: Map<string, string>;
  now: string;
};

/** Builds the lookup maps (case-insensitive account CRM ids and names, member names and emails). */
export function buildLookups(context: ImportContext): ImportLookups {
  const accountByKey = new Map<string, string>();
  for (const a of context.accounts) {
    accountByKey.set(`n:${a.name.trim().toLowerCase()}`, a.id);
    if (a.externalId) accountByKey.set(`x:${a.externalId.trim().toLowerCase()}`, a.id);
  }
  const memberByKey = new Map<string, string>();
  for (const m of context.members) {
    memberByKey.set(m.name.trim().toLowerCase(), m.id);
    if (m.email) memberByKey.set(m.email.trim().toLowerCase(), m.id);
  }
  const contactByEmail = new Map(context.contacts.filter((c) => c.email).map((c) => [`${c.accountId}|${c.email.toLowerCase()}`, c.id]));
  return { accountByKey, memberByKey, contactByEmail, now: context.now };
}

/** A problem with one field of one row. */
export type FieldProblem = { field: string; message: string };

/** Reads the mapped cells of one row into entity fields, collecting a problem per unreadable cell. */
export function readRowFields(kind: ImportKindId, cells: Record<string, string>, lookups: ImportLookups): { fields: Record<string, unknown>; problems: FieldProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  const has = (key: string) => (cells[key] ?? '').trim() !== '';
  const take = <T>(key: string, target: string, read: (text: string) => CellResult<T>) => {
    if (!has(key)) return;
    const result = read(cells[key] ?? '');
    if (result.ok) fields[target] = result.value;
    else problems.push({ field: key, message: result.message });
  };
  const text = (key: string, target = key) => { if (key in cells) fields[target] = (cells[key] ?? '').trim(); };
  const accountRef = () => {
    const ref = (cells.account ?? '').trim().toLowerCase();
    const id = lookups.accountByKey.get(`x:${ref}`) ?? lookups.accountByKey.get(`n:${ref}`);
    if (id) fields.accountId = id;
    else problems.push({ field: 'account', message: ref ? `No account with CRM id or name "${cells.account?.trim()}": import accounts first` : 'Say which account this row belongs to' });
  };
  const v = enumVocabulary;
  switch (kind) {
    case 'accounts':
      text('name');
      if ('externalId' in cells) fields.externalId = (cells.externalId ?? '').trim() || null;
      take('segment', 'segment', (t) => readEnum(t, v.segment.values, v.segment.synonyms));
      take('tier', 'tier', (t) => readEnum(t, v.tier.values, v.tier.synonyms));
      take('arr', 'arrMinor', readMoney);
      take('currency', 'currency', (t) => ({ ok: true, value: t.trim().toUpperCase() }));
      if ('renewalDate' in cells) { if (has('renewalDate')) take('renewalDate', 'renewalDate', readDate); else fields.renewalDate = null; }
      take('lifecycleStage', 'lifecycleStage', (t) => readEnum(t, v.lifecycleStage.values, v.lifecycleStage.synonyms));
      if (has('owner')) fields.ownerId = lookups.memberByKey.get((cells.owner ?? '').trim().toLowerCase()) ?? null;
      text('industry');
      take('tags', 'tags', readList);
      break;
    case 'contacts': {
      accountRef();
      const full = (cells.name ?? '').trim() || [cells.firstName, cells.lastName].map((s) => (s ?? '').trim()).filter(Boolean).join(' ');
      fields.name = full;
      text('title'); text('email'); text('phone');
      if (typeof fields.email === 'string') fields.email = fields.email.toLowerCase();
      take('role', 'role', (t) => readEnum(t, v.role.values, v.role.synonyms));
      take('sentiment', 'sentiment', (t) => readEnum(t, v.sentiment.values, v.sentiment.synonyms));
      break;
    }
    case 'touches':
      accountRef();
      take('kind', 'kind', (t) => readEnum(t, v.touchKind.values, v.touchKind.synonyms));
      text('summary'); text('details');
      take('at', 'at', readDateTime);
      break;
    case 'tickets':
      accountRef();
      if ('externalId' in cells) fields.externalId = (cells.externalId ?? '').trim() || null;
      text('subject'); text('category');
      take('status', 'status', (t) => readEnum(t, v.ticketStatus.values, v.ticketStatus.synonyms));
      take('priority', 'priority', (t) => readEnum(t, v.ticketPriority.values, v.ticketPriority.synonyms));
      take('openedAt', 'openedAt', readDateTime);
      take('resolvedAt', 'resolvedAt', readDateTime);
      break;
    case 'usagePoints':
      accountRef();
      take('date', 'date', readDate);
      text('metric');
      take('value', 'value', readNumber);
      break;
    case 'surveyResponses':
      accountRef();
      take('kind', 'kind', (t) => readEnum(t, v.surveyKind.values, v.surveyKind.synonyms));
      take('score', 'score', readNumber);
      text('comment');
      take('respondedAt', 'respondedAt', readDateTime);
      if (has('contactEmail') && typeof fields.accountId === 'string') {
        fields.contactId = lookups.contactByEmail.get(`${fields.accountId}|${(cells.contactEmail ?? '').trim().toLowerCase()}`) ?? null;
      }
      break;
  }
  return { fields, problems };
}

/** Values for fields a file does not provide, so a new record is complete. */
export function defaultsFor(kind: ImportKindId, now: string): Record<string, unknown> {
  switch (kind) {
    case 'accounts': return { externalId: null, segment: 'smb', tier: 'tier_3', arrMinor: 0, currency: 'USD', renewalDate: null, lifecycleStage: 'mature', ownerId: null, industry: '', tags: [], createdAt: now, deleted: false };
    case 'contacts': return { title: '', email: '', phone: '', role: 'user', sentiment: 'neutral', lastContactedAt: null, deleted: false };
    case 'touches': return { contactId: null, kind: 'note', details: '', authorId: null, deleted: false };
    case 'tickets': return { externalId: null, category: '', status: 'open', priority: 'normal', resolvedAt: null, deleted: false };
    case 'usagePoints': return { deleted: false };
    case 'surveyResponses': return { contactId: null, kind: 'nps', comment: '', deleted: false };
  }
}

/** The natural key that makes a re-imported row update its record instead of duplicating it. */
export function naturalKey(kind: ImportKindId, r: Record<string, unknown>): string {
  const s = (v: unknown) => String(v ?? '').trim().toLowerCase();
  switch (kind) {
    case 'accounts': return r.externalId ? `x:${s(r.externalId)}` : `n:${s(r.name)}`;
    case 'contacts': return r.email ? `${s(r.accountId)}|e:${s(r.email)}` : `${s(r.accountId)}|n:${s(r.name)}`;
    case 'touches': return `${s(r.accountId)}|${s(r.at)}|${s(r.summary)}`;
    case 'tickets': return r.externalId ? `x:${s(r.externalId)}` : `${s(r.accountId)}|${s(r.openedAt)}|${s(r.subject)}`;
    case 'usagePoints': return `${s(r.accountId)}|${s(r.date)}|${s(r.metric)}`;
    case 'surveyResponses': return `${s(r.accountId)}|${s(r.kind)}|${s(r.respondedAt)}|${s(r.contactId)}`;
  }
}
