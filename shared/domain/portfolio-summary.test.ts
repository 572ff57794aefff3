import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { buildAccountTimeline } from './account-timeline';
import type { Account } from './account';
import { daysBetween, describeDaysFrom } from './calendar';
import { isOverdue, type Commitment } from './commitment';
import { summarizePortfolio } from './portfolio-summary';

describe('calendar', () => {
  it('counts days across month ends and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-22', '2026-11-20')).toBe(-2);
    expect(describeDaysFrom('2026-11-22', '2026-11-25')).toBe('in 3 days');
    expect(describeDaysFrom('2026-11-22', '2026-11-21')).toBe('yesterday');
  });
});

describe('portfolio summary', () => {
  const p = generatePortfolio();
  const today = '2026-11-22';
  const now = '2026-11-22T15:00:00.000Z';
  const zone = 'America/New_York';
  const summary = summarizePortfolio({ accounts: p.accounts, escalations: p.escalations, commitments: p.commitments, now, zone });

  it('counts live accounts and ARR, ignoring deleted ones', () => {
    const withDeleted = [...p.accounts, { ...p.accounts[0]!, id: 'gone', deleted: true }];
    const s = summarizePortfolio({ accounts: withDeleted, escalations: [], commitments: [], now, zone });
    expect(s.accountCount).toBe(60);
    expect([...s.arrByCurrency.values()].reduce((n, v) => n + v, 0)).toBe(p.accounts.reduce((n, a) => n + a.arrMinor, 0));
  });

  it('sums ARR per currency: a portfolio in USD and EUR has both totals', () => {
    const [a, b, c] = p.accounts as [Account, Account, Account];
    const accounts = [{ ...a, arrMinor: 100_00, currency: 'USD' }, { ...b, arrMinor: 50_00, currency: 'EUR' }, { ...c, arrMinor: 20_00, currency: 'USD' }];
    const s = summarizePortfolio({ accounts, escalations: [], commitments: [], now, zone });
    expect(Object.fromEntries(s.arrByCurrency)).toEqual({ USD: 120_00, EUR: 50_00 });
  });

  it('uses the same overdue and due-this-week rules as the Commitments screen', () => {
    const base = p.commitments[0] as Commitment;
    const c = (over: Partial<Commitment>): Commitment => ({ ...base, owedBy: 'us', status: 'open', deleted: false, dueTime: null, ...over });
    // Sunday 10:00 in New York.
    const earlier = c({ id: 'x1', dueDate: '2026-11-22', dueTime: '09:00' });
    const later = c({ id: 'x2', dueDate: '2026-11-22', dueTime: '18:00' });
    const nextWeek = c({ id: 'x3', dueDate: '2026-11-23' });
    const theirs = c({ id: 'x4', dueDate: '2026-11-20', owedBy: 'customer' });
    const s = summarizePortfolio({ accounts: [], escalations: [], commitments: [earlier, later, nextWeek, theirs], now, zone });
    expect(s.overdueCommitments.map((x) => x.id)).toEqual(['x1']);
    expect(s.dueThisWeek.map((x) => x.id)).toEqual(['x2']);
  });

  it('lists renewals in the next 90 days, soonest first', () => {
    const dates = summary.renewalsNext90Days.map((a) => a.renewalDate ?? '');
    expect(dates.every((d) => d >= today && daysBetween(today, d) <= 90)).toBe(true);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds our overdue commitments and open escalations', () => {
    expect(summary.overdueCommitments.length).toBeGreaterThan(0);
    expect(summary.overdueCommitments.every((c) => isOverdue(c, now, zone) && c.owedBy === 'us')).toBe(true);
    expect(summary.openEscalations.every((e) => e.status !== 'resolved' && e.status !== 'closed')).toBe(true);
  });
});

describe('account timeline', () => {
  it('merges all kinds newest first', () => {
    const p = generatePortfolio({ accounts: 5 });
    const id = p.accounts[0]!.id;
    const mine = <T extends { accountId: string | null }>(rows: T[]) => rows.filter((r) => r.accountId === id);
    const items = buildAccountTimeline({
      touches: mine(p.touches), tickets: mine(p.tickets), surveys: mine(p.surveyResponses),
      escalationEvents: mine(p.escalationEvents), reviews: mine(p.reviews), commitments: mine(p.commitments),
    });
    expect(items.length).toBeGreaterThan(5);
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse());
    expect(new Set(items.map((i) => i.kind))).toContain('touch');
  });
});
