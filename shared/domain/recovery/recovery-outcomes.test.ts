import { describe, expect, it } from 'vitest';
import { testAccount, testProgram, testTarget } from './fixtures.test-support';
import { outcomeSummary } from './recovery-outcomes';
import { programReportCsv, reportRows } from './recovery-report';

const program = testProgram();
const accounts = new Map([
  ['a1', testAccount('a1', { name: 'Northwind', arrMinor: 1_000_000, externalId: 'CRM-1' })],
  ['a2', testAccount('a2', { name: 'Acme', arrMinor: 500_000, currency: 'EUR' })],
  ['a3', testAccount('a3', { name: 'Blue', arrMinor: 200_000 })],
]);
const targets = [
  testTarget('a1', { stage: 'followed_up', contactedAt: '2026-11-28T09:00:00.000Z', impact: 'major', creditMinor: 50_000, creditCurrency: 'USD', outcome: 'retained', assigneeId: 'tm-2', impactNote: '=HYPERLINK("x")' }),
  testTarget('a2', { stage: 'remediated', contactedAt: '2026-12-01T09:00:00.000Z', impact: 'minor', creditMinor: 10_000, creditCurrency: 'EUR', outcome: 'churned' }),
  testTarget('a3'),
];

describe('outcome summary', () => {
  it('counts impact and outcomes, sums credits per currency and gives retention of the affected accounts', () => {
    const s = outcomeSummary(program, targets, accounts, '2026-12-02T00:00:00.000Z');
    expect(s.impact).toEqual({ none: 0, minor: 1, major: 1, unknown: 1 });
    expect(s.outcomes).toEqual({ retained: 1, reduced: 0, churned: 1, open: 1 });
    expect([...s.credits]).toEqual([['USD', 50_000], ['EUR', 10_000]]);
    expect(s.logoRetention).toBe(0.5);
    expect([...s.churnedArr]).toEqual([['EUR', 500_000]]);
    expect(s.progress).toMatchObject({ reached: 2, reachedWithinDeadline: 1, overdue: 1 });
  });

  it('has no retention figure before any outcome', () => {
    expect(outcomeSummary(program, [testTarget('a3')], accounts, '2026-11-28T09:00:00.000Z').logoRetention).toBeNull();
  });
});

describe('program CSV', () => {
  it('has one row per account in name order with owner, deadline check, credit and outcome, formulas neutralised', () => {
    const responsesByAccount = new Map([['a1', [{ id: 'r1', accountId: 'a1', kind: 'csat' as const, score: 4, comment: 'Handled well', respondedAt: '2026-12-08T09:00:00.000Z', deleted: false }]]]);
    const surveyed = targets.map((t) => (t.accountId === 'a1' ? { ...t, surveyRequestedAt: '2026-12-07T09:00:00.000Z' } : t));
    const csv = programReportCsv(program, reportRows(program, surveyed, accounts, new Map([['tm-2', 'Sam Rivera']]), { responsesByAccount, now: '2026-12-10T00:00:00.000Z' }));
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Account,CRM id,Owner,Stage,/);
    expect(lines[1]).toMatch(/^Acme,,,Remediation agreed,2026-12-01T09:00:00.000Z,no,minor,,100.00,EUR,/);
    expect(lines[2]).toMatch(/^Blue,,,Not contacted,,,,,,,,,,,2000.00,USD,,not requested,,,,$/);
    expect(lines[3]).toContain('Northwind,CRM-1,Sam Rivera,Followed up,2026-11-28T09:00:00.000Z,yes,major,"\'=HYPERLINK(""x"")",500.00,USD');
    expect(lines[3]).toContain(',retained,10000.00,USD,2026-12-07T09:00:00.000Z,answered,CSAT,4,2026-12-08T09:00:00.000Z,Handled well');
    expect(lines[0]).toMatch(/,Survey requested at \(UTC\),Follow-up survey,Survey kind,Survey score,Survey answered at \(UTC\),Survey comment$/);
  });
});
