import { lifecycleStages, segments, tiers } from '../domain/account';
import { sentiments, stakeholderRoles } from '../domain/contact';
import type { EntityName } from '../domain/entities';
import { surveyKinds } from '../domain/survey-response';
import { ticketPriorities, ticketStatuses } from '../domain/ticket';
import { touchKinds } from '../domain/touch';

/** A field a CSV column can be mapped to, with the header names CRM exports use for it. */
export type ImportField = { key: string; label: string; required?: boolean; aliases: string[] };

/** What a CSV file can contain. */
export const importKindIds = ['accounts', 'contacts', 'touches', 'tickets', 'usagePoints', 'surveyResponses'] as const;
/** What a CSV file contains. */
export type ImportKindId = (typeof importKindIds)[number];

/** An import kind: its label, the entity it writes and the fields it maps. */
export type ImportKind = { id: ImportKindId; label: string; entity: EntityName; fields: ImportField[] };

const account: ImportField = { key: 'account', label: 'Account (CRM id or name)', required: true, aliases: ['account', 'account name', 'company', 'company name', 'associated company', 'account id', 'organization', 'customer'] };

/** Every import kind with its fields; aliases cover Salesforce report and HubSpot export headers. */
export const importKinds: Record<ImportKindId, ImportKind> = {
  accounts: {
    id: 'accounts', label: 'Accounts', entity: 'accounts',
    fields: [
      { key: 'name', label: 'Name', required: true, aliases: ['name', 'account name', 'company name', 'company', 'organization'] },
      { key: 'externalId', label: 'CRM id', aliases: ['external id', 'crm id', 'account id', 'record id', 'id', 'salesforce id', 'hubspot id', 'company id'] },
      { key: 'segment', label: 'Segment', aliases: ['segment', 'type', 'account type', 'company size', 'size'] },
      { key: 'tier', label: 'Tier', aliases: ['tier', 'service tier', 'support tier', 'customer tier'] },
      { key: 'arr', label: 'Annual contract value', aliases: ['arr', 'annual recurring revenue', 'annual revenue', 'acv', 'contract value', 'annual contract value', 'amount'] },
      { key: 'currency', label: 'Currency', aliases: ['currency', 'account currency', 'currency code'] },
      { key: 'renewalDate', label: 'Renewal date', aliases: ['renewal date', 'contract end date', 'renewal', 'next renewal date', 'end date'] },
      { key: 'lifecycleStage', label: 'Lifecycle stage', aliases: ['lifecycle stage', 'stage', 'customer stage', 'status'] },
      { key: 'owner', label: 'Owner (name or email)', aliases: ['owner', 'account owner', 'company owner', 'csm', 'customer success manager'] },
      { key: 'industry', label: 'Industry', aliases: ['industry', 'vertical'] },
      { key: 'tags', label: 'Tags', aliases: ['tags', 'labels'] },
    ],
  },
  contacts: {
    id: 'contacts', label: 'Stakeholders', entity: 'contacts',
    fields: [
      account,
      { key: 'name', label: 'Full name', aliases: ['name', 'full name', 'contact name', 'contact'] },
      { key: 'firstName', label: 'First name', aliases: ['first name', 'firstname', 'given name'] },
      { key: 'lastName', label: 'Last name', aliases: ['last name', 'lastname', 'surname', 'family name'] },
      { key: 'title', label: 'Title', aliases: ['title', 'job title', 'position'] },
      { key: 'email', label: 'Email', aliases: ['email', 'email address', 'e-mail'] },
      { key: 'phone', label: 'Phone', aliases: ['phone', 'phone number', 'mobile', 'mobile phone number', 'business phone'] },
      { key: 'role', label: 'Role', aliases: ['role', 'stakeholder role', 'contact role', 'buying role'] },
      { key: 'sentiment', label: 'Sentiment', aliases: ['sentiment', 'relationship'] },
    ],
  },
  touches: {
    id: 'touches', label: 'Touches', entity: 'touches',
    fields: [
      account,
      { key: 'kind', label: 'Kind', aliases: ['kind', 'type', 'activity type', 'task subtype', 'channel'] },
      { key: 'summary', label: 'Summary', required: true, aliases: ['summary', 'subject', 'title', 'activity'] },
      { key: 'details', label: 'Details', aliases: ['details', 'description', 'notes', 'body', 'comments'] },
      { key: 'at', label: 'When', required: true, aliases: ['at', 'date', 'activity date', 'created date', 'timestamp', 'when'] },
    ],
  },
  tickets: {
    id: 'tickets', label: 'Support tickets', entity: 'tickets',
    fields: [
      account,
      { key: 'externalId', label: 'Ticket id', aliases: ['ticket id', 'case number', 'id', 'ticket number', 'external id'] },
      { key: 'subject', label: 'Subject', required: true, aliases: ['subject', 'title', 'summary'] },
      { key: 'category', label: 'Category', aliases: ['category', 'type', 'case reason', 'topic'] },
      { key: 'status', label: 'Status', aliases: ['status', 'state'] },
      { key: 'priority', label: 'Priority', aliases: ['priority', 'severity'] },
      { key: 'openedAt', label: 'Opened', required: true, aliases: ['opened', 'opened at', 'created', 'created date', 'date/time opened', 'create date'] },
      { key: 'resolvedAt', label: 'Resolved', aliases: ['resolved', 'resolved at', 'closed date', 'date/time closed', 'solved at'] },
    ],
  },
  usagePoints: {
    id: 'usagePoints', label: 'Usage data', entity: 'usagePoints',
    fields: [
      account,
      { key: 'date', label: 'Date', required: true, aliases: ['date', 'day', 'week', 'period'] },
      { key: 'metric', label: 'Metric', required: true, aliases: ['metric', 'measure', 'kpi'] },
      { key: 'value', label: 'Value', required: true, aliases: ['value', 'count', 'amount'] },
    ],
  },
  surveyResponses: {
    id: 'surveyResponses', label: 'Survey responses', entity: 'surveyResponses',
    fields: [
      account,
      { key: 'kind', label: 'Survey (NPS or CSAT)', aliases: ['kind', 'survey', 'survey type', 'type'] },
      { key: 'score', label: 'Score', required: true, aliases: ['score', 'nps', 'csat', 'rating', 'nps score'] },
      { key: 'comment', label: 'Comment', aliases: ['comment', 'feedback', 'verbatim', 'reason'] },
      { key: 'respondedAt', label: 'Responded', required: true, aliases: ['responded', 'responded at', 'date', 'submitted at', 'response date'] },
      { key: 'contactEmail', label: 'Respondent email', aliases: ['email', 'respondent email', 'contact email'] },
    ],
  },
};

/** Enum vocabularies with the synonyms CRM exports use. */
export const enumVocabulary = {
  segment: { values: segments, synonyms: { small_business: 'smb', small: 'smb', mid_market: 'mid_market', midmarket: 'mid_market', mid: 'mid_market', mm: 'mid_market', large: 'enterprise', ent: 'enterprise', customer: 'smb' } },
  tier: { values: tiers, synonyms: { '1': 'tier_1', '2': 'tier_2', '3': 'tier_3', gold: 'tier_1', silver: 'tier_2', bronze: 'tier_3', high: 'tier_1', medium: 'tier_2', low: 'tier_3' } },
  lifecycleStage: { values: lifecycleStages, synonyms: { customer: 'mature', active: 'mature', new: 'onboarding', implementation: 'onboarding', renewal: 'renewing', risk: 'at_risk', lost: 'churned', former_customer: 'churned', evangelist: 'mature' } },
  role: { values: stakeholderRoles, synonyms: { decision_maker: 'decision_maker', economic_buyer: 'decision_maker', executive_sponsor: 'decision_maker', end_user: 'user', evaluator: 'influencer', technical_buyer: 'influencer', blocker: 'detractor' } },
  sentiment: { values: sentiments, synonyms: { good: 'positive', happy: 'positive', bad: 'negative', unhappy: 'negative', ok: 'neutral' } },
  touchKind: { values: touchKinds, synonyms: { phone: 'call', phone_call: 'call', e_mail: 'email', mail: 'email', event: 'meeting', visit: 'meeting', comment: 'note', task: 'note' } },
  ticketStatus: { values: ticketStatuses, synonyms: { new: 'open', working: 'open', in_progress: 'open', escalated: 'open', waiting: 'pending', on_hold: 'pending', resolved: 'solved', done: 'solved' } },
  ticketPriority: { values: ticketPriorities, synonyms: { medium: 'normal', critical: 'urgent', p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' } },
  surveyKind: { values: surveyKinds, synonyms: { net_promoter_score: 'nps', satisfaction: 'csat', customer_satisfaction: 'csat' } },
} as const;
