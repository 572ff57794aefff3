/**
 * CPU cost of scoring a 10,000-account portfolio with ~1,000,000 usage points (issue 14), in Node:
 * grouping the records per account plus the score and the at-risk rules, and re-scoring one account.
 * Not the browser figure the issue asks for (scoring in the worker against a raw IndexedDB read in
 * Chromium); this isolates the computation. Run: npx tsx bench/health-scoring.ts
 */
import { performance } from 'node:perf_hooks';
import { riskAlerts } from '../shared/domain/health/risk-rules';
import { scoreAccount } from '../shared/domain/health/score';
import type { HealthInput } from '../shared/domain/health/types';
import { defaultHealthSettings } from '../shared/domain/health/weights';
import { generatePortfolio } from '../shared/sample/portfolio';

const now = '2026-11-22T09:00:00.000Z';
const today = now.slice(0, 10);
const p = generatePortfolio({ accounts: 10_000, now, usageWeeks: 67 });
console.log(`${p.accounts.length.toLocaleString()} accounts, ${p.usagePoints.length.toLocaleString()} usage points, ${(p.touches.length + p.tickets.length + p.contacts.length).toLocaleString()} touches/tickets/stakeholders`);

let t = performance.now();
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
const groupMs = performance.now() - t;
t = performance.now();
let atRisk = 0;
for (const input of inputs) {
  const s = scoreAccount(input, { today }, defaultHealthSettings);
  if (riskAlerts(input, { today }, s.score, Date.parse(now)).length > 0) atRisk += 1;
}
const scoreMs = performance.now() - t;
t = performance.now();
const one = inputs[123];
if (one) for (let i = 0; i < 100; i += 1) scoreAccount(one, { today }, defaultHealthSettings);
const oneMs = (performance.now() - t) / 100;
console.log(`Group records per account                 ${groupMs.toFixed(0)} ms`);
console.log(`Score + at-risk rules, every account      ${scoreMs.toFixed(0)} ms  (${atRisk.toLocaleString()} on the worklist)`);
console.log(`Re-score one account after a new record   ${oneMs.toFixed(2)} ms`);
