import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { buildAccountTimeline } from './account-timeline';
import { daysBetween, describeDaysFrom } from './calendar';
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
  const summary = summarizePortfolio({ accounts: p.accounts, escalations: p.escalations, commitments: p.commitments, today });

  it('counts live accounts and ARR, ignoring deleted ones', () => {
    const withDeleted = [...p.accounts, { ...p.accounts[0]!, id: 'gone', deleted: true }];
    const s = summarizePortfolio({ accounts: withDeleted, escalations: [], commitments: [], today });
    expect(s.accountCount).toBe(60);
    expect(s.totalArrMinor).toBe(p.accounts.reduce((n, a) => n + a.arrMinor, 0));
  });

  it('lists renewals in the next 90 days, soonest first', () => {
    const dates = summary.renewalsNext90Days.map((a) => a.renewalDate ?? '');
    expect(dates.every((d) => d >= today && daysBetween(today, d) <= 90)).toBe(true);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds our overdue commitments and open escalations', () => {
    expect(summary.overdueCommitments.every((c) => c.dueDate < today && c.owedBy === 'us' && c.status === 'open')).toBe(true);
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
