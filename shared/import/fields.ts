import { lifecycleStages, segments, tiers } from '../domain/account';
import { sentiments, stakeholderRoles } from '../domain/contact';
import { surveyKinds } from '../domain/survey-response';
import { ticketPriorities, ticketStatuses } from '../domain/ticket';
import { touchKinds } from '../domain/touch';

/** The kinds of record a CSV file can be imported as. */
export const importEntities = ['accounts', 'contacts', 'touches', 'tickets', 'usagePoints', 'surveyResponses'] as const;
/** A kind of record a CSV file can be imported as. */
export type ImportEntity = (typeof importEntities)[number];

/** What users call each importable kind. */
export const importEntityLabels: Record<ImportEntity, string> = {
  accounts: 'Accounts', contacts: 'Stakeholders', touches: 'Touches', tickets: 'Tickets',
  usagePoints: 'Usage', surveyResponses: 'Survey responses',
};

/** How a cell is read. */
export type ImportFieldType = 'text' | 'date' | 'datetime' | 'money' | 'number' | 'enum' | 'list';

/**
 * A column the user can map a CSV header to. `key` is the record field, except the reference
 * fields (`accountRef`, `ownerName`) that are resolved to ids after reading.
 */
export type ImportField = {
  key: string;
  label: string;
  required: boolean;
  type: ImportFieldType;
  /** Allowed values of an enum field. */
  values?: readonly string[];
  /** Other spellings of enum values (normalised: lower case, `_` for spaces and dashes). */
  synonyms?: Record<string, string>;
  /** Other header names that mean this field (normalised: lower case letters and digits). */
  aliases?: readonly string[];
  /** Headers that may mean this field but often do not: offered to the user, never mapped by a guess. */
  offers?: readonly string[];
  /** What users call each allowed value of an enum field. */
  valueLabels?: Record<string, string>;
};

/** The pseudo-field naming the account a child row belongs to (its external id or exact name). */
export const accountRefKey = 'accountRef';
/** The pseudo-field naming an account's owner by team member name. */
export const ownerNameKey = 'ownerName';
/** Pseudo-fields of stakeholder imports: first and last name columns, joined into the name. */
export const firstNameKey = 'firstName';
/** See firstNameKey. */
export const lastNameKey = 'lastName';
/** The pseudo-field naming the stakeholder a touch or survey row is about (email or exact name). */
export const contactRefKey = 'contactRef';
/** The pseudo-field of account imports whose columns become notes on the account's timeline (several columns may feed it). */
export const timelineNoteKey = 'timelineNote';

const contactRef: ImportField = {
  key: contactRefKey, label: 'Stakeholder (email or name)', required: false, type: 'text',
  aliases: ['contact', 'contactemail', 'contactname', 'email', 'respondent', 'respondentemail', 'stakeholder'],
};

const accountRef: ImportField = {
  key: accountRefKey, label: 'Account', required: true, type: 'text',
  aliases: ['accountid', 'accountname', 'account', 'company', 'companyname', 'associatedcompany', 'organization', 'customer'],
};

const segmentLabels = { smb: 'Small business', mid_market: 'Mid-market', enterprise: 'Enterprise' };
const tierLabels = { tier_1: 'Tier 1', tier_2: 'Tier 2', tier_3: 'Tier 3' };
const stageLabels = { onboarding: 'Onboarding', adopting: 'Adopting', mature: 'Mature', renewing: 'Renewing', at_risk: 'At risk', churned: 'Churned' };
const roleLabels = { champion: 'Champion', decision_maker: 'Decision maker', influencer: 'Influencer', user: 'User', detractor: 'Detractor' };
const sentimentLabels = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
const kindLabels = { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note' };
const statusLabels = { open: 'Open', pending: 'Pending', solved: 'Solved', closed: 'Closed' };
const priorityLabels = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
const surveyLabels = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

const segmentSynonyms = {
  small_business: 'smb', small: 'smb', smb: 'smb', midmarket: 'mid_market', mid: 'mid_market', mm: 'mid_market',
  mid_size: 'mid_market', midsize: 'mid_market', ent: 'enterprise', large: 'enterprise', strategic: 'enterprise',
  small_and_medium_business: 'smb', sme: 'smb', commercial: 'mid_market', corporate: 'enterprise', key_account: 'enterprise',
};
const tierSynonyms = { '1': 'tier_1', '2': 'tier_2', '3': 'tier_3', tier1: 'tier_1', tier2: 'tier_2', tier3: 'tier_3', high: 'tier_1', medium: 'tier_2', low: 'tier_3' };
const stageSynonyms = {
  customer: 'mature', active: 'mature', active_customer: 'mature', new_customer: 'onboarding', new: 'onboarding',
  implementation: 'onboarding', adoption: 'adopting', renewal: 'renewing', risk: 'at_risk', at_risk: 'at_risk',
  churn_risk: 'at_risk', former_customer: 'churned', lost: 'churned', closed_lost: 'churned', cancelled: 'churned',
  evangelist: 'mature', opportunity: 'onboarding',
};
const roleSynonyms = {
  decision_maker: 'decision_maker', decisionmaker: 'decision_maker', economic_buyer: 'decision_maker', buyer: 'decision_maker',
  executive_sponsor: 'champion', sponsor: 'champion', advocate: 'champion', end_user: 'user', technical_contact: 'user',
  blocker: 'detractor', evaluator: 'influencer', budget_holder: 'decision_maker',
};

/** The importable columns of each kind of record, in the order the wizard lists them. */
export const importFields: Record<ImportEntity, ImportField[]> = {
  accounts: [
    { key: 'name', label: 'Account name', required: true, type: 'text', aliases: ['name', 'accountname', 'companyname', 'company', 'organization'] },
    { key: 'externalId', label: 'Account ID', required: false, type: 'text', aliases: ['externalid', 'accountid', 'recordid', 'crmid', 'id'] },
    { key: 'segment', label: 'Segment', required: false, type: 'enum', values: segments, synonyms: segmentSynonyms, valueLabels: segmentLabels, aliases: ['companysize', 'size', 'customersegment'], offers: ['type', 'accounttype', 'companytype'] },
    { key: 'tier', label: 'Tier', required: false, type: 'enum', values: tiers, synonyms: tierSynonyms, valueLabels: tierLabels, aliases: ['servicetier', 'customerpriority'] },
    { key: 'arrMinor', label: 'Annual contract value', required: false, type: 'money', aliases: ['arr', 'acv', 'contractvalue', 'annualcontractvalue', 'annualrecurringrevenue'], offers: ['annualrevenue', 'revenue'] },
    { key: 'currency', label: 'Currency', required: false, type: 'text', aliases: ['currencycode', 'accountcurrency'] },
    { key: 'renewalDate', label: 'Renewal date', required: false, type: 'date', aliases: ['renewal', 'contractenddate', 'renewson', 'contractend'] },
    { key: 'lifecycleStage', label: 'Lifecycle stage', required: false, type: 'enum', values: lifecycleStages, synonyms: stageSynonyms, valueLabels: stageLabels, aliases: ['stage', 'status', 'lifecyclestage'] },
    { key: ownerNameKey, label: 'Owner', required: false, type: 'text', aliases: ['accountowner', 'companyowner', 'owner', 'csm'] },
    { key: 'industry', label: 'Industry', required: false, type: 'text', aliases: ['sector', 'vertical'] },
    { key: 'tags', label: 'Tags', required: false, type: 'list', aliases: ['labels'] },
    { key: 'createdAt', label: 'Created', required: false, type: 'datetime', aliases: ['createdate', 'createddate', 'customersince'] },
    { key: 'website', label: 'Website', required: false, type: 'text', aliases: ['website', 'websiteurl', 'domain', 'companydomainname', 'url'] },
    { key: 'phone', label: 'Phone', required: false, type: 'text', aliases: ['phone', 'phonenumber', 'telephone', 'tel'] },
    { key: 'billingCity', label: 'Billing city', required: false, type: 'text', aliases: ['billingcity', 'city', 'town'] },
    { key: 'billingCountry', label: 'Billing country', required: false, type: 'text', aliases: ['billingcountry', 'country', 'countryregion'] },
    { key: 'description', label: 'Description', required: false, type: 'text', aliases: ['description', 'aboutus', 'accountdescription', 'companydescription'] },
    { key: timelineNoteKey, label: 'Note on the timeline', required: false, type: 'text', aliases: ['notes', 'note', 'comments', 'comment', 'accountnotes'] },
  ],
  contacts: [
    accountRef,
    { key: 'name', label: 'Name', required: true, type: 'text', aliases: ['fullname', 'contactname', 'stakeholder'] },
    { key: firstNameKey, label: 'First name', required: false, type: 'text', aliases: ['givenname'] },
    { key: lastNameKey, label: 'Last name', required: false, type: 'text', aliases: ['surname', 'familyname'] },
    { key: 'title', label: 'Job title', required: false, type: 'text', aliases: ['title', 'jobtitle', 'position'] },
    { key: 'email', label: 'Email', required: false, type: 'text', aliases: ['emailaddress', 'email'] },
    { key: 'phone', label: 'Phone', required: false, type: 'text', aliases: ['phonenumber', 'mobile', 'mobilephonenumber'] },
    { key: 'role', label: 'Role', required: false, type: 'enum', values: stakeholderRoles, synonyms: roleSynonyms, valueLabels: roleLabels, aliases: ['buyingrole', 'contactrole', 'stakeholderrole'] },
    { key: 'sentiment', label: 'Sentiment', required: false, type: 'enum', values: sentiments, valueLabels: sentimentLabels, synonyms: { happy: 'positive', unhappy: 'negative', good: 'positive', bad: 'negative' } },
    { key: 'lastContactedAt', label: 'Last contacted', required: false, type: 'datetime', aliases: ['lastcontacted', 'lastactivitydate', 'lastcontact'] },
  ],
  touches: [
    accountRef,
    contactRef,
    { key: 'kind', label: 'Kind', required: false, type: 'enum', values: touchKinds, valueLabels: kindLabels, synonyms: { phone: 'call', phone_call: 'call', visit: 'meeting', onsite: 'meeting', comment: 'note' }, aliases: ['type', 'activitytype'] },
    { key: 'summary', label: 'Summary', required: true, type: 'text', aliases: ['subject', 'title'] },
    { key: 'details', label: 'Details', required: false, type: 'text', aliases: ['notes', 'body', 'description'] },
    { key: 'at', label: 'When', required: true, type: 'datetime', aliases: ['date', 'activitydate', 'timestamp', 'at'] },
  ],
  tickets: [
    accountRef,
    { key: 'externalId', label: 'Ticket ID', required: false, type: 'text', aliases: ['ticketid', 'ticketnumber', 'id', 'casenumber'] },
    { key: 'subject', label: 'Subject', required: true, type: 'text', aliases: ['ticketname', 'title'] },
    { key: 'category', label: 'Category', required: false, type: 'text', aliases: ['type', 'tickettype', 'reason'] },
    { key: 'status', label: 'Status', required: false, type: 'enum', values: ticketStatuses, valueLabels: statusLabels, synonyms: { new: 'open', in_progress: 'open', waiting: 'pending', on_hold: 'pending', resolved: 'solved', done: 'closed' }, aliases: ['ticketstatus'] },
    { key: 'priority', label: 'Priority', required: false, type: 'enum', values: ticketPriorities, valueLabels: priorityLabels, synonyms: { medium: 'normal', critical: 'urgent', p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' } },
    { key: 'openedAt', label: 'Opened', required: true, type: 'datetime', aliases: ['createdate', 'created', 'openeddate', 'dateopened'] },
    { key: 'resolvedAt', label: 'Resolved', required: false, type: 'datetime', aliases: ['closedate', 'closed', 'resolveddate', 'dateclosed'] },
  ],
  usagePoints: [
    accountRef,
    { key: 'date', label: 'Date', required: true, type: 'date', aliases: ['day', 'week'] },
    { key: 'metric', label: 'Metric', required: true, type: 'text', aliases: ['measure', 'event'] },
    { key: 'value', label: 'Value', required: true, type: 'number', aliases: ['count', 'amount'] },
  ],
  surveyResponses: [
    accountRef,
    contactRef,
    { key: 'kind', label: 'Survey', required: true, type: 'enum', values: surveyKinds, valueLabels: surveyLabels, synonyms: { net_promoter_score: 'nps', satisfaction: 'csat', customer_satisfaction: 'csat', effort: 'ces', customer_effort: 'ces', customer_effort_score: 'ces' }, aliases: ['surveytype', 'kind', 'type'] },
    { key: 'score', label: 'Score', required: true, type: 'number', aliases: ['rating', 'npsscore', 'csatscore'] },
    { key: 'comment', label: 'Comment', required: false, type: 'text', aliases: ['feedback', 'verbatim', 'reason'] },
    { key: 'theme', label: 'Theme', required: false, type: 'text', aliases: ['topic', 'category', 'tag'] },
    { key: 'respondedAt', label: 'Responded', required: true, type: 'datetime', aliases: ['date', 'submittedat', 'responsedate', 'submitted'] },
  ],
};
