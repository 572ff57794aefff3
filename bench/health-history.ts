// Health history for Reports at 10,000 accounts (Node): every account's score on the 13 days a monthly
// report asks for (12 month ends and the day before), cold; again from the cache after one account
// changed; and a quarter's 7 days. Run: npx tsx bench/health-history.ts
import { performance } from 'node:perf_hooks';
import { createHealthHistory, type HealthHistoryReply } from '../renderer/src/db/health/health-history';
import type { HealthInput } from '../shared/domain/health/types';
import { defaultHealthSettings } from '../shared/domain/health/weights';
import { healthDatesFor } from '../shared/domain/metrics/health-over-time';
import { periodContaining, periodsEndingWith } from '../shared/domain/metrics/period';
import { generatePortfolio } from '../shared/sample/portfolio';

const now = '2026-11-22T09:00:00.000Z';
const today = now.slice(0, 10);
const count = Number(process.env.ACCOUNTS ?? 10_000);
const p = generatePortfolio({ accounts: count, now, usageWeeks: 67 });
const by = <T extends { accountId: string | null }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) if (r.accountId) { const l = m.get(r.accountId); if (l) l.push(r); else m.set(r.accountId, [r]); }
  return m;
};
const g = { u: by(p.usagePoints), t: by(p.tickets), s: by(p.surveyResponses), to: by(p.touches), c: by(p.contacts), e: by(p.escalations), v: by(p.escalationEvents), m: by(p.commitments), r: by(p.reviews) };
const inputs: HealthInput[] = p.accounts.map((account) => ({
  account, usage: g.u.get(account.id) ?? [], tickets: g.t.get(account.id) ?? [], surveys: g.s.get(account.id) ?? [], touches: g.to.get(account.id) ?? [],
  contacts: g.c.get(account.id) ?? [], escalations: g.e.get(account.id) ?? [], escalationEvents: g.v.get(account.id) ?? [], commitments: g.m.get(account.id) ?? [], reviews: g.r.get(account.id) ?? [],
}));
console.log(`${p.accounts.length.toLocaleString()} accounts, ${p.usagePoints.length.toLocaleString()} usage points`);

const history = createHealthHistory();
const run = (dates: string[], requestId: number) => {
  let progress = 0;
  const t = performance.now();
  history.compute({ type: 'history', requestId, dates, settings: defaultHealthSettings }, inputs, (r: HealthHistoryReply) => { if (r.type === 'history-progress') progress += 1; });
  return { ms: performance.now() - t, progress };
};
const months = healthDatesFor(periodsEndingWith(periodContaining('month', today), 12), today);
const quarters = healthDatesFor(periodsEndingWith(periodContaining('quarter', today), 6), today);
const cold = run(months, 1);
console.log(`12 months (13 days), cold                  ${cold.ms.toFixed(0)} ms  (${cold.progress} progress messages)`);
history.forget([p.accounts[0]?.id ?? '']);
console.log(`Again after one account changed (cache)    ${run(months, 2).ms.toFixed(0)} ms`);
console.log(`6 quarters (7 days; 3 new), partly cached  ${run(quarters, 3).ms.toFixed(0)} ms`);
