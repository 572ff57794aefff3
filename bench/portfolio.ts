/**
 * Portfolio benchmark (DESIGN.md scale targets): 10,000 accounts with their stakeholders and timeline.
 * Runs in Node on fake-indexeddb (no browser here), so storage figures are indicative of the query
 * shape, not of Chromium's IndexedDB; the in-memory search/filter figures are the real per-keystroke cost.
 * Run: npm run bench:portfolio   (ACCOUNTS=2000 for a quicker run)
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { accountMatcher, emptyAccountFilter, searchTextOf, sortAccountRows } from '../shared/domain/account-list';
import { generatePortfolio } from '../shared/sample/portfolio';
import { readAccount } from '../renderer/src/features/accounts/api/use-account';
import { readAccountRows } from '../renderer/src/db/queries/account-rows';
import { db } from '../renderer/src/db/instance';
import { medianMs, report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const t0 = performance.now();
const portfolio = generatePortfolio({ accounts, usageWeeks: 0 });
const timeline = portfolio.touches.length + portfolio.tickets.length + portfolio.surveyResponses.length + portfolio.escalationEvents.length + portfolio.commitments.length + portfolio.reviews.length;
console.log(`Generated ${accounts.toLocaleString()} accounts, ${portfolio.contacts.length.toLocaleString()} stakeholders, ${timeline.toLocaleString()} timeline items in ${(performance.now() - t0).toFixed(0)} ms`);
console.log('Storage: fake-indexeddb in Node (indicative only)\n');

for (const [entity, rows] of Object.entries(portfolio)) await db.table(entity).bulkPut(rows);

const today = '2026-11-22';
const now = `${today}T15:00:00.000Z`;
const rowsMs = await medianMs(3, () => readAccountRows(now, 'UTC'));
const rawAccountsMs = await medianMs(3, () => Promise.all([db.accounts.toArray(), db.contacts.toArray(), db.escalations.toArray(), db.commitments.toArray(), db.touches.toArray()]));
report('Load the list (accounts + facts)', rowsMs, 'raw toArray() of the 5 tables it reads', rawAccountsMs);

const rows = await readAccountRows(now, 'UTC');
const text = new Map(rows.map((r) => [r, searchTextOf(r)]));
const names = new Map(portfolio.teamMembers.map((m) => [m.id, m.name]));
const typed = 'north heal';
const sorted = sortAccountRows(rows, { key: 'name', direction: 'asc' }, (id) => names.get(id ?? '') ?? '');
let worst = 0;
let worstBaseline = 0;
for (let i = 1; i <= typed.length; i += 1) {
  const query = typed.slice(0, i);
  // As the screen does it: the list is sorted once; a keystroke filters the sorted list.
  const ours = await medianMs(7, () => sorted.filter(accountMatcher({ ...emptyAccountFilter, text: query }, today, (r) => text.get(r) ?? '')));
  const raw = await medianMs(7, () => rows.filter((r) => r.account.name.toLowerCase().includes(query)));
  worst = Math.max(worst, ours);
  worstBaseline = Math.max(worstBaseline, raw);
}
report('Search as you type, worst keystroke', worst, 'raw name.includes() filter', worstBaseline, 16);

const filtered = await medianMs(7, () => sorted.filter(accountMatcher({ ...emptyAccountFilter, segments: ['enterprise'], renewalWithinDays: 90, atRiskOnly: true }, today, (r) => text.get(r) ?? '')));
const resortMs = await medianMs(5, () => sortAccountRows(rows, { key: 'arr', direction: 'desc' }, () => ''));
const rawSortMs = await medianMs(5, () => [...rows].sort((a, b) => a.account.arrMinor - b.account.arrMinor));
const rawFiltered = await medianMs(7, () => rows.filter((r) => r.account.segment === 'enterprise'));
report('Filter change (segment+renewal+risk)', filtered, 'raw segment filter', rawFiltered, 16);
report('Sort by a column (click on a header)', resortMs, 'raw numeric Array.sort', rawSortMs);

const ids = portfolio.accounts.filter((_, i) => i % Math.max(1, Math.floor(accounts / 20)) === 0).map((a) => a.id);
let k = 0;
const pageMs = await medianMs(ids.length, () => readAccount(ids[k++ % ids.length] ?? ''));
k = 0;
const rawGetMs = await medianMs(ids.length, () => db.accounts.get(ids[k++ % ids.length] ?? ''));
report('Open an account page (all its data)', pageMs, 'raw db.accounts.get(id)', rawGetMs, 100);
db.close();
