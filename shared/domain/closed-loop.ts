// The closed loop: every unhappy answer (NPS 0–6, CSAT 1–2) opens a follow-up owned by the account
// owner, with a first-contact target, that moves contacted → root cause → action agreed → closed,
// ending rescued (a later good answer from the account) or not.
import type { FollowUpOutcome, FollowUpStage, SurveyFollowUp } from './survey-follow-up';
import type { SurveyResponse } from './survey-response';
import { isFollowUpTrigger, isRescuingAnswer } from './survey-rules';
import { planCreate, planUpdate, type WritePlan } from './write-plan';

const hourMs = 3_600_000;

/** The first-contact target when the team has not chosen another one: 48 hours. */
export const defaultFollowUpHours = 48;

/** Stage names as people say them. */
export const followUpStageLabels: Record<FollowUpStage, string> = {
  open: 'Not contacted yet', contacted: 'Contacted', root_cause: 'Root cause found', action_agreed: 'Action agreed', closed: 'Closed',
};

/** FNV-1a, as 8 hex digits: a short, stable digest for ids that would otherwise be too long. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The follow-up id of a response: derived from the response id, so two devices (or an import run
 * twice) can never open two follow-ups for one answer. Always a valid record id (≤ 64 characters).
 */
export function followUpIdFor(responseId: string): string {
  const id = `fu-${responseId}`;
  return id.length <= 64 ? id : `fu-${responseId.slice(0, 52)}-${digest(responseId)}`;
}

/** The answer fields the loop reads. */
export type ResponseLike = Pick<SurveyResponse, 'id' | 'accountId' | 'contactId' | 'kind' | 'score' | 'respondedAt' | 'deleted'>;

/** The follow-up an answer opens (fields and id), or null when the answer needs none. */
export function followUpFor(response: ResponseLike, ownerId: string | null, openedAt: string, targetHours = defaultFollowUpHours): { id: string; fields: Omit<SurveyFollowUp, 'id'> } | null {
  if (response.deleted || !isFollowUpTrigger(response)) return null;
  const dueAt = new Date(new Date(response.respondedAt).getTime() + targetHours * hourMs).toISOString();
  return {
    id: followUpIdFor(response.id),
    fields: {
      responseId: response.id, accountId: response.accountId, contactId: response.contactId, ownerId, stage: 'open', openedAt, dueAt,
      firstContactAt: null, rootCause: '', action: '', outcome: null, rescuedById: null, closedAt: null, deleted: false,
    },
  };
}

/** What a person enters for one answer. */
export type ResponseInput = Pick<SurveyResponse, 'accountId' | 'contactId' | 'kind' | 'score' | 'comment' | 'theme' | 'respondedAt'>;

/** Recording an answer: the response, and (for an unhappy one) its follow-up, in one plan. */
export function planRecordResponse(
  input: ResponseInput, context: { ownerId: string | null; targetHours?: number; existingFollowUpIds?: ReadonlySet<string> },
  actor: { at: string; newId: () => string },
): { id: string; followUpId: string | null; plan: WritePlan } {
  const id = actor.newId();
  const followUp = followUpFor({ ...input, id, deleted: false }, context.ownerId, actor.at, context.targetHours);
  const opens = followUp !== null && !context.existingFollowUpIds?.has(followUp.id);
  return {
    id, followUpId: opens ? followUp.id : null,
    plan: [planCreate('surveyResponses', id, input), ...(opens ? [planCreate('surveyFollowUps', followUp.id, followUp.fields)] : [])],
  };
}

/**
 * The follow-ups imported answers open: one per unhappy answer whose follow-up does not exist yet,
 * owned by each account's owner. The import writes them with the answers.
 */
export function followUpsForImported(
  responses: readonly ResponseLike[], ownerOf: (accountId: string) => string | null, existingIds: ReadonlySet<string>, at: string, targetHours = defaultFollowUpHours,
): ({ id: string } & Omit<SurveyFollowUp, 'id'>)[] {
  const out: ({ id: string } & Omit<SurveyFollowUp, 'id'>)[] = [];
  for (const r of responses) {
    const f = followUpFor(r, ownerOf(r.accountId), at, targetHours);
    if (f && !existingIds.has(f.id)) out.push({ id: f.id, ...f.fields });
  }
  return out;
}

/**
 * The answer that rescues a follow-up: the earliest later answer from the same account (from the
 * same stakeholder when the unhappy answer named one) scoring NPS ≥ 7 or CSAT ≥ 4. Null when none yet.
 */
export function rescuingResponse<R extends ResponseLike>(followUp: Pick<SurveyFollowUp, 'responseId' | 'accountId' | 'contactId'>, responses: readonly R[]): R | null {
  const original = responses.find((r) => r.id === followUp.responseId);
  const after = original?.respondedAt ?? '';
  const candidates = responses
    .filter((r) => !r.deleted && r.id !== followUp.responseId && r.accountId === followUp.accountId && r.respondedAt > after && isRescuingAnswer(r))
    .filter((r) => followUp.contactId === null || r.contactId === null || r.contactId === followUp.contactId)
    .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt));
  return candidates[0] ?? null;
}

/** Where a follow-up stands against its first-contact target, at `nowMs`. */
export type FollowUpClock = { dueAtMs: number; msRemaining: number; overdue: boolean; contacted: boolean; contactedLate: boolean };

/** The first-contact clock: time left (negative once overdue) until someone contacts the customer. */
export function followUpClock(f: Pick<SurveyFollowUp, 'dueAt' | 'firstContactAt'>, nowMs: number): FollowUpClock {
  const dueAtMs = new Date(f.dueAt).getTime();
  const contactedMs = f.firstContactAt === null ? null : new Date(f.firstContactAt).getTime();
  return {
    dueAtMs, msRemaining: dueAtMs - nowMs, overdue: contactedMs === null && nowMs > dueAtMs,
    contacted: contactedMs !== null, contactedLate: contactedMs !== null && contactedMs > dueAtMs,
  };
}

/** Open follow-ups (not closed, not deleted), the most urgent first-contact target first. */
export function openFollowUps<F extends Pick<SurveyFollowUp, 'stage' | 'deleted' | 'dueAt' | 'firstContactAt'>>(list: readonly F[]): F[] {
  return list
    .filter((f) => !f.deleted && f.stage !== 'closed')
    .sort((a, b) => Number(a.firstContactAt !== null) - Number(b.firstContactAt !== null) || a.dueAt.localeCompare(b.dueAt));
}

/** What a person records when moving a follow-up on. */
export type FollowUpStep = { stage: FollowUpStage; rootCause: string; action: string; outcome: FollowUpOutcome | null };

/** Why a step cannot be saved, in the user's words; null when it can. */
export function followUpStepProblem(step: FollowUpStep, rescuedBy: ResponseLike | null): string | null {
  if (step.stage === 'closed' && step.outcome === null) return 'Say how it ended: rescued or not rescued';
  if (step.stage !== 'closed' && step.outcome !== null) return 'An outcome is recorded when the follow-up is closed';
  if (step.outcome === 'rescued' && rescuedBy === null) return 'Rescued means a later answer of NPS 7+ or CSAT 4+ from this account; none has come in yet';
  if (step.stage === 'root_cause' && step.rootCause.trim() === '') return 'Write down the root cause';
  if (step.stage === 'action_agreed' && step.action.trim() === '') return 'Write down the action agreed with the customer';
  return null;
}

/**
 * Moving a follow-up on: the stage, the texts, and (leaving "not contacted yet") the first contact
 * time; closing records the outcome and, when rescued, the answer that rescued it. Throws the
 * user-facing reason when the step is not valid.
 */
export function planFollowUpStep(followUp: SurveyFollowUp, step: FollowUpStep, rescuedBy: ResponseLike | null, at: string): WritePlan {
  const problem = followUpStepProblem(step, rescuedBy);
  if (problem) throw new Error(problem);
  const closing = step.stage === 'closed';
  return [planUpdate('surveyFollowUps', followUp.id, {
    stage: step.stage, rootCause: step.rootCause.trim(), action: step.action.trim(),
    firstContactAt: followUp.firstContactAt ?? (step.stage === 'open' ? null : at),
    outcome: closing ? step.outcome : null,
    rescuedById: closing && step.outcome === 'rescued' ? rescuedBy?.id ?? null : null,
    closedAt: closing ? followUp.closedAt ?? at : null,
  })];
}

function hoursSpan(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  if (hours >= 72) return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

/** The clock as a follow-up row says it: "47 h 59 min left for first contact", "first contact overdue by 3 h 0 min", "contacted". */
export function followUpClockLabel(clock: FollowUpClock): string {
  if (clock.contacted) return clock.contactedLate ? 'contacted after the target' : 'contacted in time';
  if (Math.abs(clock.msRemaining) < 60_000) return 'first contact due now';
  return clock.msRemaining > 0 ? `${hoursSpan(clock.msRemaining)} left for first contact` : `first contact overdue by ${hoursSpan(-clock.msRemaining)}`;
}
