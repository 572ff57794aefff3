import type { ExpansionKind, ExpansionOpportunity, ExpansionStage, QualificationCheck } from '../expansion';
import { toEpochMs, type Instant } from '../local-date';
import { parseMoney, sumByCurrency, type MoneyTotals } from '../money';
import { planCreate, planUpdate, type WritePlan } from '../write-plan';

/** How a stage reads in the app. */
export const leadStageLabels: Record<ExpansionStage, string> = {
  identified: 'Identified', qualified: 'Qualified', handed_to_sales: 'Handed to sales', won: 'Won', lost: 'Lost',
};

/** How each kind of opportunity reads. */
export const expansionKindLabels: Record<ExpansionKind, string> = { product: 'Product', seats: 'Seats', service: 'Service' };

/** How each qualification check reads. */
export const qualificationLabels: Record<QualificationCheck, string> = {
  need: 'Need confirmed', value: 'Value confirmed', timing: 'Timing confirmed', champion: 'Champion confirmed',
};

const checkField = { need: 'needConfirmed', value: 'valueConfirmed', timing: 'timingConfirmed', champion: 'championConfirmed' } as const;

/** The checks a lead still lacks before it can be qualified (empty when it can). */
export function missingChecks(lead: Pick<ExpansionOpportunity, 'needConfirmed' | 'valueConfirmed' | 'timingConfirmed' | 'championConfirmed'>): QualificationCheck[] {
  return (Object.keys(checkField) as QualificationCheck[]).filter((c) => !lead[checkField[c]]);
}

/** Whether a lead is still being worked (not won or lost). */
export function isOpenLead(lead: ExpansionOpportunity): boolean {
  return !lead.deleted && lead.stage !== 'won' && lead.stage !== 'lost';
}

/** A lead form's typed opportunity and estimated value: the value in minor units, or what to fix, per field. */
export type LeadDraftCheck = { estimatedArrMinor: number; problems: Record<string, never> } | { estimatedArrMinor: null; problems: { title?: string; value?: string } };

/** Checks a lead as typed in a form: it needs what they would buy; an empty value counts as 0, otherwise an amount. */
export function checkLeadDraft(title: string, value: string): LeadDraftCheck {
  const minor = value.trim() === '' ? 0 : parseMoney(value);
  const problems: { title?: string; value?: string } = {};
  if (!title.trim()) problems.title = 'Say what they would buy';
  if (minor === null || minor < 0) problems.value = 'Enter the value as an amount, like 12000';
  return minor === null || Object.keys(problems).length > 0 ? { estimatedArrMinor: null, problems } : { estimatedArrMinor: minor, problems: {} };
}

/** What closing a lead needs: the value won, or why it was lost. */
export type LeadClose = { valueWonMinor?: number; lostReason?: string };

const allowed: Record<ExpansionStage, readonly ExpansionStage[]> = {
  identified: ['qualified', 'lost'],
  qualified: ['handed_to_sales', 'identified', 'lost'],
  handed_to_sales: ['won', 'lost'],
  won: [],
  lost: ['identified'],
};

/** Why a lead cannot move to a stage, in the user's words, or null when it can. */
export function leadStageProblem(lead: ExpansionOpportunity, to: ExpansionStage, close: LeadClose = {}): string | null {
  if (!allowed[lead.stage].includes(to)) return `A lead ${leadStageLabels[lead.stage].toLowerCase()} cannot move to ${leadStageLabels[to].toLowerCase()}`;
  if (to === 'qualified') {
    const missing = missingChecks(lead);
    if (missing.length > 0) return `Confirm ${missing.map((c) => c === 'champion' ? 'the champion' : c).join(', ')} before qualifying`;
  }
  if (to === 'won' && !(close.valueWonMinor && close.valueWonMinor > 0)) return 'Enter the value won';
  if (to === 'lost' && !close.lostReason?.trim()) return 'Say why it was lost';
  return null;
}

/** Moving a lead to a stage: the stage, when it was handed off or closed, and the value won or the reason lost. Throws the problem when it cannot. */
export function planLeadStage(lead: ExpansionOpportunity, to: ExpansionStage, at: string, close: LeadClose = {}): WritePlan {
  const problem = leadStageProblem(lead, to, close);
  if (problem) throw new Error(problem);
  const patch: Partial<ExpansionOpportunity> = { stage: to };
  if (to === 'handed_to_sales') patch.handedOffAt = at;
  if (to === 'won') Object.assign(patch, { closedAt: at, valueWonMinor: close.valueWonMinor ?? 0, lostReason: '' });
  if (to === 'lost') Object.assign(patch, { closedAt: at, lostReason: (close.lostReason ?? '').trim(), valueWonMinor: 0 });
  if (to === 'identified') Object.assign(patch, { closedAt: null, lostReason: '' });
  return [planUpdate('expansionOpportunities', lead.id, patch)];
}

/** What a person enters to flag an opportunity. */
export type LeadInput = Pick<ExpansionOpportunity, 'accountId' | 'title' | 'kind' | 'estimatedArrMinor' | 'currency' | 'timing' | 'championContactId' | 'evidence' | 'source'>;

/** Flagging an opportunity: a new lead at "identified", owned by whoever flagged it. */
export function planFlagLead(input: LeadInput, id: string, ownerId: string | null, at: string): WritePlan {
  return [planCreate('expansionOpportunities', id, { ...input, title: input.title.trim(), evidence: input.evidence.trim(), stage: 'identified', ownerId, createdAt: at })];
}

/** A period of time: from (inclusive) to (exclusive). */
export type Period = { from: Instant; to: Instant };

/** Expansion ARR won in a period, per currency: the value won of leads closed as won within it. */
export function expansionArrWon(leads: readonly ExpansionOpportunity[], period: Period): MoneyTotals {
  const from = toEpochMs(period.from);
  const to = toEpochMs(period.to);
  const won = leads.filter((l) => !l.deleted && l.stage === 'won' && l.closedAt !== null && toEpochMs(l.closedAt) >= from && toEpochMs(l.closedAt) < to);
  return sumByCurrency(won, (l) => ({ minor: l.valueWonMinor, currency: l.currency }));
}

/** The calendar quarter (UTC) an instant falls in, as a period. */
export function quarterOf(now: Instant): Period {
  const d = new Date(toEpochMs(now));
  const start = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
  const end = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1);
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
