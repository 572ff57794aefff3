import type { Account } from '../domain/account';
import type { Commitment } from '../domain/commitment';
import type { Contact } from '../domain/contact';
import type { Escalation, EscalationEvent } from '../domain/escalation';
import { reviewPlanningDefaults, type Review } from '../domain/review';
import type { SurveyFollowUp } from '../domain/survey-follow-up';
import type { SurveyResponse } from '../domain/survey-response';
import type { TeamMember } from '../domain/team-member';
import type { Ticket } from '../domain/ticket';
import type { Touch } from '../domain/touch';
import type { UsagePoint } from '../domain/usage-point';
import { commitmentTitles, companyStems, escalationTitles, firstNames, industries, jobTitles, lastNames, ticketCategories, touchSummaries } from './names';
import { addChurnSignals, type ChurnOutcomes } from './churn-signals';
import { addFreshUnhappyAnswers, sampleFollowUps } from './follow-ups';
import { seededRandom, type Random } from './random';

/** A generated portfolio: records of every kind the app shows, keyed by entity name. */
export type SamplePortfolio = {
  teamMembers: TeamMember[]; accounts: Account[]; contacts: Contact[]; touches: Touch[]; tickets: Ticket[];
  usagePoints: UsagePoint[]; surveyResponses: SurveyResponse[]; surveyFollowUps: SurveyFollowUp[]; commitments: Commitment[];
  escalations: Escalation[]; escalationEvents: EscalationEvent[]; reviews: Review[];
};

/** How big a portfolio to make; ratios per account match DESIGN.md's scale targets. */
export type PortfolioOptions = { seed?: number; accounts?: number; now?: string; usageWeeks?: number };

const dayMs = 86_400_000;
/** The products sample accounts use, one each, as a tag (taken by index so the random sequence is unchanged). */
const sampleProducts = ['Payments', 'Analytics', 'Messaging'] as const;

/** Generates a realistic portfolio, deterministic for a seed; 60 accounts by default, 10,000 for benchmarks. */
export function generatePortfolio(options: PortfolioOptions = {}): SamplePortfolio {
  return generatePortfolioWithOutcomes(options).portfolio;
}

/** A generated portfolio and which of its accounts churn after `now` (for measuring the health score). */
export function generatePortfolioWithOutcomes(options: PortfolioOptions = {}): { portfolio: SamplePortfolio } & ChurnOutcomes {
  const { seed = 7, accounts: count = 60, now = '2026-11-22T09:00:00.000Z', usageWeeks = 50 } = options;
  const r = seededRandom(seed);
  const nowMs = Date.parse(now);
  const at = (daysFromNow: number) => new Date(nowMs + daysFromNow * dayMs).toISOString();
  const day = (daysFromNow: number) => at(daysFromNow).slice(0, 10);
  const out: SamplePortfolio = {
    teamMembers: [], accounts: [], contacts: [], touches: [], tickets: [], usagePoints: [],
    surveyResponses: [], surveyFollowUps: [], commitments: [], escalations: [], escalationEvents: [], reviews: [],
  };
  const team = [['Alex Morgan', 'manager'], ['Sam Rivera', 'coordinator'], ['Jordan Lee', 'specialist'], ['Taylor Brooks', 'specialist'], ['Casey Nguyen', 'lead']] as const;
  team.forEach(([name, role], i) => out.teamMembers.push({
    id: `tm-${i + 1}`, name, role, email: `${name.split(' ')[0]?.toLowerCase()}@rapport.example`, userId: null, access: null, active: true, deleted: false,
  }));
  const usedNames = new Set<string>();

  for (let i = 0; i < count; i += 1) {
    const id = `acc-${seed}-${i + 1}`;
    const industry = r.pick(industries);
    const name = uniqueName(`${r.pick(companyStems)} ${r.pick(industry.suffixes)}`, usedNames);
    const roll = r.next();
    const segment = roll < 0.5 ? 'smb' : roll < 0.8 ? 'mid_market' : 'enterprise';
    const arr = segment === 'smb' ? r.int(5, 30) * 1000 : segment === 'mid_market' ? r.int(30, 150) * 1000 : r.int(150, 1200) * 1000;
    const trouble = r.chance(0.18);
    const ownerId = r.chance(0.7) ? 'tm-1' : r.pick(['tm-2', 'tm-3', 'tm-4']);
    out.accounts.push({
      id, name, externalId: `CRM-${100000 + i}`, segment, tier: segment === 'enterprise' ? 'tier_1' : segment === 'mid_market' ? 'tier_2' : 'tier_3',
      arrMinor: arr * 100, currency: 'USD', renewalDate: day(r.int(-20, 365)),
      lifecycleStage: trouble ? 'at_risk' : r.pick(['onboarding', 'adopting', 'mature', 'mature', 'renewing'] as const),
      ownerId, industry: industry.name, tags: [...(r.chance(0.3) ? [r.pick(['strategic', 'reference', 'beta', 'multi-region'])] : []), sampleProducts[i % sampleProducts.length] ?? 'Payments'],
      createdAt: at(-r.int(200, 1500)), deleted: false, website: '', phone: '', billingCity: '', billingCountry: '', description: '', surveyCadenceDays: null,
    });
    const contactIds = addContacts(out, r, id, trouble, at);
    addTimeline(out, r, id, contactIds, trouble, at, ownerId);
    for (let w = usageWeeks; w >= 1; w -= 1) {
      const base = segment === 'enterprise' ? 400 : segment === 'mid_market' ? 120 : 25;
      const trend = trouble ? (w < 8 ? 1 - (8 - w) * 0.07 : 1) : 1 + (usageWeeks - w) * 0.004;
      const value = Math.max(0, Math.round(base * trend * (0.9 + r.next() * 0.2)));
      out.usagePoints.push({ id: `${id}-u${w}`, accountId: id, date: day(-w * 7), metric: 'weekly_active_users', value, deleted: false });
      if (w % 2 === 0) out.usagePoints.push({ id: `${id}-l${w}`, accountId: id, date: day(-w * 7), metric: 'logins', value: value * r.int(3, 6), deleted: false });
    }
  }
  const outcomes = addChurnSignals(out, seed, nowMs);
  // The closed loop, as for answers people record: every unhappy answer has its follow-up.
  addFreshUnhappyAnswers(out, nowMs);
  out.surveyFollowUps = sampleFollowUps(out, nowMs);
  return { portfolio: out, ...outcomes };
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${name} ${n}`;
  used.add(candidate);
  return candidate;
}

function addContacts(out: SamplePortfolio, r: Random, accountId: string, trouble: boolean, at: (d: number) => string): string[] {
  const ids: string[] = [];
  const n = r.int(3, 7);
  for (let c = 0; c < n; c += 1) {
    const first = r.pick(firstNames);
    const last = r.pick(lastNames);
    const role = c === 0 ? 'champion' : c === 1 ? 'decision_maker' : trouble && c === 2 ? 'detractor' : r.pick(['influencer', 'user', 'user'] as const);
    const id = `${accountId}-c${c + 1}`;
    ids.push(id);
    out.contacts.push({
      id, accountId, name: `${first} ${last}`, title: r.pick(jobTitles),
      email: `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + '@example.com',
      phone: `+1 555 ${r.int(100, 999)} ${r.int(1000, 9999)}`, role,
      sentiment: role === 'detractor' ? 'negative' : role === 'champion' ? 'positive' : r.pick(['positive', 'neutral', 'neutral'] as const),
      lastContactedAt: at(-r.int(1, 120)), deleted: false,
    });
  }
  return ids;
}

function addTimeline(out: SamplePortfolio, r: Random, accountId: string, contactIds: string[], trouble: boolean, at: (d: number) => string, ownerId: string) {
  const quiet = trouble && r.chance(0.5);
  for (let t = 0; t < r.int(14, 28); t += 1) {
    const kind = r.pick(['call', 'email', 'email', 'meeting', 'note'] as const);
    out.touches.push({
      id: `${accountId}-t${t + 1}`, accountId, contactId: r.pick(contactIds), kind, summary: r.pick(touchSummaries[kind]),
      details: '', at: at(-r.int(quiet ? 45 : 1, 300)), authorId: ownerId, deleted: false,
    });
  }
  const repeated = r.pick(ticketCategories);
  for (let k = 0; k < r.int(trouble ? 6 : 1, trouble ? 12 : 6); k += 1) {
    const category = trouble && r.chance(0.6) ? repeated : r.pick(ticketCategories);
    const opened = r.int(1, 180);
    const open = opened < 14 && r.chance(0.5);
    out.tickets.push({
      id: `${accountId}-k${k + 1}`, accountId, externalId: `ZD-${r.int(10000, 99999)}`, subject: `${category}: issue reported`,
      category, status: open ? 'open' : 'solved', priority: r.pick(['low', 'normal', 'normal', 'high'] as const),
      openedAt: at(-opened), resolvedAt: open ? null : at(-opened + r.int(0, Math.min(opened, 5))), deleted: false,
    });
  }
  for (let s = 0; s < r.int(1, 4); s += 1) {
    const nps = r.chance(0.7);
    const score = nps ? (trouble ? r.int(0, 7) : r.int(6, 10)) : trouble ? r.int(1, 3) : r.int(3, 5);
    out.surveyResponses.push({
      id: `${accountId}-s${s + 1}`, accountId, contactId: r.pick(contactIds), kind: nps ? 'nps' : 'csat', score,
      comment: score <= 6 && nps ? 'Support takes too long to answer.' : '', theme: score <= 6 && nps ? 'support' : '', respondedAt: at(-r.int(3, 270)), deleted: false,
    });
  }
  for (let m = 0; m < r.int(0, 3); m += 1) {
    const owedBy = r.chance(0.75) ? 'us' : 'customer';
    const due = r.int(-10, 30);
    const done = due < -3 && r.chance(0.6);
    out.commitments.push({
      id: `${accountId}-m${m + 1}`, accountId, title: r.pick(commitmentTitles[owedBy]), details: '', owedBy,
      ownerId: owedBy === 'us' ? ownerId : null, toContactId: r.pick(contactIds), dueDate: at(due).slice(0, 10), dueTime: null,
      sourceKind: r.pick(['review', 'call', 'manual'] as const), sourceId: null, status: done ? 'kept' : 'open', renegotiatedReason: '',
      customerConfirmed: r.chance(0.5), completedAt: done ? at(due) : null, createdAt: at(due - 14), deleted: false,
    });
  }
  if (trouble && r.chance(0.5)) addEscalation(out, r, accountId, at, ownerId);
  if (r.chance(0.25)) {
    out.reviews.push({
      id: `${accountId}-r1`, accountId, kind: r.pick(['check_in', 'qbr', 'ebr'] as const), title: 'Quarterly business review',
      scheduledAt: at(r.int(2, 40)), status: 'planned', agenda: '', notes: '', managerAssessment: null, followUpSummary: '', deleted: false,
      ...reviewPlanningDefaults(),
    });
  }
}

function addEscalation(out: SamplePortfolio, r: Random, accountId: string, at: (d: number) => string, ownerId: string) {
  const id = `${accountId}-e1`;
  const openedDaysAgo = r.int(1, 12);
  out.escalations.push({
    id, accountId, title: r.pick(escalationTitles), description: 'Customer reported the problem to their account manager.',
    severity: r.pick(['S1', 'S2', 'S2', 'S3'] as const), departments: [r.pick(['support', 'engineering', 'billing'] as const)],
    ownerId, openedAt: at(-openedDaysAgo), targetResolutionDate: at(r.int(1, 10)).slice(0, 10), status: r.pick(['open', 'investigating', 'waiting_on_internal'] as const),
    rootCause: '', resolution: '', resolvedAt: null, deleted: false,
  });
  out.escalationEvents.push(
    { id: `${id}-v1`, escalationId: id, accountId, kind: 'internal_action', department: 'support', body: 'Reproduced the issue and paged engineering.', fromStatus: null, toStatus: null, at: at(-openedDaysAgo + 0.1), authorId: ownerId, deleted: false },
    { id: `${id}-v2`, escalationId: id, accountId, kind: 'customer_update', department: null, body: 'Told the customer we reproduced it and are working on a fix.', fromStatus: null, toStatus: null, at: at(-openedDaysAgo + 0.2), authorId: ownerId, deleted: false },
  );
}
