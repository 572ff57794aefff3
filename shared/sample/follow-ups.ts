// The sample portfolio's closed loop: its unhappy answers open follow-ups by the same rule as answers
// people record or import (shared/domain/closed-loop.ts, ids `fu-<responseId>`), in believable states.
import { followUpFor, rescuingResponse } from '../domain/closed-loop';
import type { SurveyFollowUp } from '../domain/survey-follow-up';
import type { SurveyResponse } from '../domain/survey-response';
import type { SamplePortfolio } from './portfolio';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const iso = (ms: number) => new Date(ms).toISOString();

/** A stable 0–1 draw from a record id (keeps the generator's random sequence untouched). */
function draw(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h / 0x1_0000_0000;
}

/**
 * Two fresh unhappy answers (hours old) on the first two troubled accounts, so the sample shows
 * follow-ups still inside their 48-hour first-contact target.
 */
export function addFreshUnhappyAnswers(out: SamplePortfolio, nowMs: number): void {
  const troubled = out.accounts.filter((a) => a.lifecycleStage === 'at_risk').slice(0, 2);
  troubled.forEach((a, i) => {
    const contact = out.contacts.find((c) => c.accountId === a.id && c.role === 'decision_maker') ?? null;
    out.surveyResponses.push({
      id: `${a.id}-s9`, accountId: a.id, contactId: contact?.id ?? null, kind: i === 0 ? 'nps' : 'csat', score: i === 0 ? 4 : 2,
      comment: i === 0 ? 'The last two releases broke our exports.' : 'Nobody answered our billing question.', theme: i === 0 ? 'product' : 'billing',
      respondedAt: iso(nowMs - (i === 0 ? 6 : 30) * hourMs), deleted: false,
    });
  });
}

/**
 * The follow-up of every unhappy answer, owned by the account owner and opened when the answer came in:
 * closed as rescued when a later good answer exists; otherwise by age — inside the 48-hour clock; up to
 * two weeks old, half still uncontacted (past the clock) and half contacted; up to six weeks, root
 * cause found or action agreed; older, closed not rescued.
 */
export function sampleFollowUps(portfolio: Pick<SamplePortfolio, 'accounts' | 'surveyResponses'>, nowMs: number): SurveyFollowUp[] {
  const owners = new Map(portfolio.accounts.map((a) => [a.id, a.ownerId]));
  const out: SurveyFollowUp[] = [];
  for (const response of portfolio.surveyResponses) {
    const f = followUpFor(response, owners.get(response.accountId) ?? null, response.respondedAt);
    if (!f) continue;
    const answeredMs = Date.parse(response.respondedAt);
    const ageDays = (nowMs - answeredMs) / dayMs;
    const contacted = iso(answeredMs + (6 + Math.floor(draw(f.id) * 36)) * hourMs);
    const rescuer: SurveyResponse | null = rescuingResponse(f.fields, portfolio.surveyResponses);
    const base = { id: f.id, ...f.fields };
    if (rescuer) {
      const firstContactAt = contacted < rescuer.respondedAt ? contacted : rescuer.respondedAt;
      out.push({ ...base, stage: 'closed', firstContactAt, rootCause: 'Waiting on support answers', action: 'Named engineer and a weekly check-in', outcome: 'rescued', rescuedById: rescuer.id, closedAt: rescuer.respondedAt });
    } else if (ageDays < 2 || Date.parse(contacted) > nowMs) {
      out.push(base);
    } else if (ageDays < 14) {
      out.push(draw(`${f.id}:stage`) < 0.5 ? base : { ...base, stage: 'contacted', firstContactAt: contacted });
    } else if (ageDays < 42) {
      const agreed = draw(`${f.id}:stage`) < 0.5;
      out.push({ ...base, stage: agreed ? 'action_agreed' : 'root_cause', firstContactAt: contacted, rootCause: 'Waiting on support answers', action: agreed ? 'Named engineer and a weekly check-in' : '' });
    } else {
      out.push({ ...base, stage: 'closed', firstContactAt: contacted, rootCause: 'Waiting on support answers', action: 'Explained the support plan options', outcome: 'not_rescued', closedAt: iso(answeredMs + 21 * dayMs) });
    }
  }
  return out;
}
