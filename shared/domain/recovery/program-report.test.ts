import { describe, expect, it } from 'vitest';
import { documentToMarkdown } from '../../document/markdown';
import { testAccount, testProgram, testTarget } from './fixtures.test-support';
import { programReportDocument } from './program-report';
import { outcomeSummary } from './recovery-outcomes';
import { reportRows } from './recovery-report';

const program = testProgram({ customerExplanation: 'Card payments failed for three hours.' });
const accounts = new Map([['a1', testAccount('a1', { name: 'Northwind' })], ['a2', testAccount('a2', { name: 'Acme' })], ['a3', testAccount('a3', { name: 'Blue' })]]);
const targets = [
  testTarget('a1', { stage: 'remediated', contactedAt: '2026-11-28T09:00:00.000Z', impact: 'major', creditMinor: 50_000, outcome: 'retained', assigneeId: 'tm-2' }),
  testTarget('a2', { stage: 'contacted', contactedAt: '2026-12-01T09:00:00.000Z', outcome: 'churned' }),
  testTarget('a3'),
];
const now = '2026-12-02T00:00:00.000Z';
const doc = programReportDocument(program, reportRows(program, targets, accounts, new Map([['tm-2', 'Sam Rivera']])), outcomeSummary(program, targets, accounts, now), now, { dateTime: (iso) => iso ?? '—' });

describe('program report document', () => {
  it('states reach within the deadline, impact, credits and retention', () => {
    const facts = Object.fromEntries(doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'facts' ? b.items.map((i) => [i.label, i.value]) : [])));
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
    expect(table?.kind === 'table' && table.rows[2]).toEqual(['Northwind', 'Sam Rivera', 'Remediation agreed', '2026-11-28T09:00:00.000Z', 'yes', 'major', '$500', 'retained']);
  });
});
