import { describe, expect, it } from 'vitest';
import { documentToMarkdown } from '../../document/markdown';
import { testAccount, testProgram, testTarget } from './fixtures.test-support';
import { surveySummary } from './follow-up-survey';
import { programReportDocument } from './program-report';
import { outcomeSummary } from './recovery-outcomes';
import { reportRows } from './recovery-report';

const program = testProgram({ customerExplanation: 'Card payments failed for three hours.' });
const accounts = new Map([['a1', testAccount('a1', { name: 'Northwind' })], ['a2', testAccount('a2', { name: 'Acme' })], ['a3', testAccount('a3', { name: 'Blue' })]]);
const targets = [
  testTarget('a1', { stage: 'remediated', contactedAt: '2026-11-28T09:00:00.000Z', impact: 'major', creditMinor: 50_000, outcome: 'retained', assigneeId: 'tm-2', surveyRequestedAt: '2026-12-05T09:00:00.000Z' }),
  testTarget('a2', { stage: 'contacted', contactedAt: '2026-12-01T09:00:00.000Z', outcome: 'churned', surveyRequestedAt: '2026-12-02T09:00:00.000Z' }),
  testTarget('a3'),
];
const now = '2026-12-20T00:00:00.000Z';
const responsesByAccount = new Map([['a1', [
  { id: 'r0', accountId: 'a1', kind: 'nps' as const, score: 2, comment: 'Before the request', respondedAt: '2026-11-30T09:00:00.000Z', deleted: false },
  { id: 'r1', accountId: 'a1', kind: 'nps' as const, score: 9, comment: 'You kept us posted', respondedAt: '2026-12-06T09:00:00.000Z', deleted: false },
]]]);
const rows = reportRows(program, targets, accounts, new Map([['tm-2', 'Sam Rivera']]), { responsesByAccount, now });
const doc = programReportDocument(program, rows, outcomeSummary(program, targets, accounts, now), surveySummary(program, targets, responsesByAccount, now), now, {
  dateTime: (iso) => iso ?? '—', date: (iso) => iso.slice(0, 10),
});
const facts = Object.fromEntries(doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'facts' ? b.items.map((i) => [i.label, i.value]) : [])));

describe('program report document', () => {
  it('states reach within the deadline, impact, credits and retention', () => {
    expect(facts).toMatchObject({
      'Reached within the deadline': '1 of 3 (33%)', 'Not reached, deadline passed': '1', 'Major impact': '1', 'Credits given': '$500',
      'Logo retention': '50%', Churned: '1',
    });
    expect(documentToMarkdown(doc)).toContain('Card payments failed for three hours.');
  });

  it('lists every account and highlights those late or not reached after the deadline', () => {
    const table = doc.sections.find((s) => s.title === 'Accounts')?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).toEqual(['Acme', 'Blue', 'Northwind']);
    expect(table?.kind === 'table' && table.highlightRows).toEqual([0, 1]);
    expect(table?.kind === 'table' && table.rows.map((r) => r.at(-1))).toEqual(['overdue', '—', 'NPS 9']);
    expect(table?.kind === 'table' && table.rows[2]).toEqual(['Northwind', 'Sam Rivera', 'Remediation agreed', '2026-11-28T09:00:00.000Z', 'yes', 'major', '$500', 'retained', 'NPS 9']);
  });

  it('sums up the follow-up survey, lists the overdue one and quotes the answer that counts', () => {
    expect(facts).toMatchObject({
      'Survey requested': '2', Answered: '1', 'Awaiting an answer': '1', 'Overdue (over 14 days)': '1',
      'Average NPS answer': '9.0 (1 answer)', 'NPS answers': '1 promoter, 0 passive, 0 detractors', 'Average CSAT answer': '—',
    });
    const md = documentToMarkdown(doc);
    expect(md).toContain('Acme: requested 2026-12-02, 17 days ago');
    expect(md).toContain('Northwind (NPS 9 · promoter): "You kept us posted"');
    expect(md).not.toContain('Before the request');
  });
});
