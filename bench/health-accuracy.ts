/**
 * How well the health score ranks the accounts that later churned (issue 14): generated portfolios
 * whose churners carry the signals that precede churn (shared/sample/churn-signals.ts), scored as of
 * `now`, AUC of "lower score = more likely to churn" beside a naive baseline (days since the last touch).
 * Run: npx tsx bench/health-accuracy.ts   (ACCOUNTS=2000 SEEDS=5 by default)
 */
import type { HealthInput } from '../shared/domain/health/types';
import { scoreAccount } from '../shared/domain/health/score';
import { defaultHealthSettings } from '../shared/domain/health/weights';
import { generatePortfolioWithOutcomes, type SamplePortfolio } from '../shared/sample/portfolio';

const accounts = Number(process.env.ACCOUNTS ?? 2_000);
const seeds = Number(process.env.SEEDS ?? 5);
const now = '2026-11-22T09:00:00.000Z';
const today = now.slice(0, 10);

/** AUC (Mann–Whitney): the chance a random churner has a higher risk than a random stayer; ties count half. */
function auc(risk: number[], churned: boolean[]): number {
  const order = risk.map((r, i) => ({ r, c: churned[i] ?? false })).sort((a, b) => a.r - b.r);
  let rankSum = 0, positives = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]?.r === order[i]?.r) j += 1;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (order[k]?.c) { rankSum += rank; positives += 1; }
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function inputs(p: SamplePortfolio): HealthInput[] {
  const group = <T extends { accountId: string | null }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) if (r.accountId) m.set(r.accountId, [...(m.get(r.accountId) ?? []), r]);
    return m;
  };
  const g = {
    usage: group(p.usagePoints), tickets: group(p.tickets), surveys: group(p.surveyResponses), touches: group(p.touches), contacts: group(p.contacts),
    escalations: group(p.escalations), events: group(p.escalationEvents), commitments: group(p.commitments), reviews: group(p.reviews),
  };
  return p.accounts.map((account) => ({
    account, usage: g.usage.get(account.id) ?? [], tickets: g.tickets.get(account.id) ?? [], surveys: g.surveys.get(account.id) ?? [],
    touches: g.touches.get(account.id) ?? [], contacts: g.contacts.get(account.id) ?? [], escalations: g.escalations.get(account.id) ?? [],
    escalationEvents: g.events.get(account.id) ?? [], commitments: g.commitments.get(account.id) ?? [], reviews: g.reviews.get(account.id) ?? [],
  }));
}

const scoreRisk: number[] = [], touchRisk: number[] = [], churned: boolean[] = [];
for (let seed = 1; seed <= seeds; seed += 1) {
  const { portfolio, churned: lost } = generatePortfolioWithOutcomes({ seed, accounts, now, usageWeeks: 30 });
  const out = new Set(lost);
  for (const input of inputs(portfolio)) {
    const score = scoreAccount(input, { today }, defaultHealthSettings).score;
    scoreRisk.push(100 - (score ?? 50));
    const last = input.touches.reduce((m, t) => Math.max(m, Date.parse(t.at)), 0);
    touchRisk.push(last === 0 ? 10_000 : (Date.parse(now) - last) / 86_400_000);
    churned.push(out.has(input.account.id));
  }
}
const n = churned.length;
const k = churned.filter(Boolean).length;
console.log(`${n.toLocaleString()} accounts (${seeds} portfolios of ${accounts.toLocaleString()}), ${k.toLocaleString()} churned afterwards (${((100 * k) / n).toFixed(1)}%)`);
console.log(`AUC, health score (lower = riskier)        ${auc(scoreRisk, churned).toFixed(3)}`);
console.log(`AUC, naive baseline: days since last touch  ${auc(touchRisk, churned).toFixed(3)}`);
