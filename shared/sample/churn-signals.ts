import type { SamplePortfolio } from './portfolio';
import { seededRandom } from './random';

const dayMs = 86_400_000;

/** How an account's story ends in a generated portfolio: which accounts churn in the months after `now`. */
export type ChurnOutcomes = { churned: string[] };

/**
 * Gives some accounts the signals that precede churn in real life, and decides (with noise) which
 * accounts churn afterwards. Uses its own random stream per account, so the rest of the portfolio is
 * the same as without it. Patterns: "gone quiet" (no touch, ticket or usage for 5–7 weeks after a busy
 * spell) and "fading" (usage sliding over the last 6 weeks, the champion gone or turned negative, a
 * detractor answer). Troubled accounts (marked at risk) churn half the time; signalled ones 65%; others 5%.
 */
export function addChurnSignals(out: SamplePortfolio, seed: number, nowMs: number): ChurnOutcomes {
  const churned: string[] = [];
  out.accounts.forEach((account, i) => {
    const r = seededRandom(seed * 1_000_003 + i * 7_919 + 17);
    const troubled = account.lifecycleStage === 'at_risk';
    const roll = r.next();
    const pattern = troubled ? null : roll < 0.06 ? 'quiet' : roll < 0.12 ? 'fading' : null;
    if (pattern === 'quiet') goQuiet(out, account.id, nowMs, r.int(35, 50));
    if (pattern === 'fading') fade(out, account.id, nowMs, r.next());
    const p = troubled ? 0.5 : pattern ? 0.65 : 0.05;
    if (r.chance(p)) churned.push(account.id);
  });
  return { churned };
}

function goQuiet(out: SamplePortfolio, accountId: string, nowMs: number, quietDays: number) {
  const cutoff = nowMs - quietDays * dayMs;
  const back = (iso: string) => new Date(Date.parse(iso) - quietDays * dayMs).toISOString();
  for (const t of out.touches) if (t.accountId === accountId && Date.parse(t.at) > cutoff) t.at = back(t.at);
  for (const t of out.tickets) {
    if (t.accountId !== accountId || Date.parse(t.openedAt) <= cutoff) continue;
    t.openedAt = back(t.openedAt);
    if (t.resolvedAt) t.resolvedAt = back(t.resolvedAt);
  }
  for (const p of out.usagePoints) if (p.accountId === accountId && Date.parse(`${p.date}T00:00:00Z`) > cutoff) p.value = 0;
}

function fade(out: SamplePortfolio, accountId: string, nowMs: number, severity: number) {
  for (const p of out.usagePoints) {
    if (p.accountId !== accountId) continue;
    const weeksAgo = (nowMs - Date.parse(`${p.date}T00:00:00Z`)) / (7 * dayMs);
    if (weeksAgo < 6) p.value = Math.round(p.value * (0.45 + 0.1 * severity + 0.05 * weeksAgo));
  }
  const champion = out.contacts.find((c) => c.accountId === accountId && c.role === 'champion');
  if (champion) {
    if (severity < 0.5) champion.deleted = true;
    else champion.sentiment = 'negative';
  }
  const survey = out.surveyResponses.find((s) => s.accountId === accountId);
  if (survey) {
    survey.kind = 'nps';
    survey.score = 3;
    survey.comment = 'We are not getting the value we expected.';
    survey.respondedAt = new Date(nowMs - 12 * dayMs).toISOString();
  }
}
