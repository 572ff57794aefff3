import { describe, expect, it } from 'vitest';
import { documentToMarkdown } from '../../document/markdown';
import { preVisitBriefDocument } from '../../document/pre-visit-brief-document';
import { newRecordFields } from '../record-defaults';
import { buildPreVisitBrief, lastVisit } from './brief';
import { testBundle, testReview } from './test-bundle';

const now = '2026-12-01T10:00:00.000Z';
const today = '2026-12-01';
const rec = <E extends Parameters<typeof newRecordFields>[0]>(entity: E, id: string, fields: Parameters<typeof newRecordFields<E>>[1]) => ({ id, ...newRecordFields(entity, fields, now) });
const held = testReview({ id: 'r-old', status: 'held', title: 'Q3 review', scheduledAt: '2026-11-01T09:00:00.000Z', heldAt: '2026-11-01T10:00:00.000Z' });
const touch = (id: string, at: string, kind: 'call' | 'note' = 'call') => rec('touches', id, { accountId: 'acc-1', kind, summary: `Touch ${id}`, at });

function bundle() {
  return testBundle({
    reviews: [held],
    touches: [touch('t-before', '2026-10-20T09:00:00.000Z'), touch('t-note', '2026-11-20T09:00:00.000Z', 'note')],
    tickets: [
      rec('tickets', 'k0', { accountId: 'acc-1', subject: 'Old login', category: 'Login', status: 'solved', openedAt: '2026-10-01T08:00:00.000Z' }),
      rec('tickets', 'k1', { accountId: 'acc-1', subject: 'Invoice', category: 'Billing', status: 'open', openedAt: '2026-11-05T08:00:00.000Z' }),
      rec('tickets', 'k2', { accountId: 'acc-1', subject: 'Invoice again', category: 'Billing', status: 'solved', openedAt: '2026-11-10T08:00:00.000Z' }),
      rec('tickets', 'k3', { accountId: 'acc-1', subject: 'Login loop', category: 'Login', status: 'solved', openedAt: '2026-11-12T08:00:00.000Z' }),
      rec('tickets', 'k4', { accountId: 'acc-1', subject: 'Export', category: 'Reports', status: 'solved', openedAt: '2026-11-13T08:00:00.000Z' }),
    ],
    surveyResponses: [
      rec('surveyResponses', 's0', { accountId: 'acc-1', kind: 'nps', score: 9, respondedAt: '2026-10-01T08:00:00.000Z' }),
      rec('surveyResponses', 's1', { accountId: 'acc-1', kind: 'nps', score: 4, comment: 'Billing is a mess', respondedAt: '2026-11-15T08:00:00.000Z' }),
    ],
    commitments: [
      rec('commitments', 'c-late', { accountId: 'acc-1', title: 'Fix SSO', owedBy: 'us', dueDate: '2026-11-25' }),
      rec('commitments', 'c-soon', { accountId: 'acc-1', title: 'Share the user list', owedBy: 'customer', dueDate: '2026-12-10' }),
      rec('commitments', 'c-edge', { accountId: 'acc-1', title: 'Send the roadmap', owedBy: 'us', dueDate: '2026-12-15' }),
      rec('commitments', 'c-far', { accountId: 'acc-1', title: 'Train admins', owedBy: 'us', dueDate: '2026-12-16' }),
      rec('commitments', 'c-kept', { accountId: 'acc-1', title: 'Done already', owedBy: 'us', dueDate: '2026-11-20', status: 'kept' }),
    ],
    escalations: [
      rec('escalations', 'e-new', { accountId: 'acc-1', title: 'Invoices fail', severity: 'S2', openedAt: '2026-11-06T08:00:00.000Z' }),
      rec('escalations', 'e-fixed', { accountId: 'acc-1', title: 'Slow reports', severity: 'S3', status: 'resolved', openedAt: '2026-10-01T08:00:00.000Z', resolvedAt: '2026-11-20T08:00:00.000Z' }),
      rec('escalations', 'e-old', { accountId: 'acc-1', title: 'Ancient', severity: 'S3', status: 'resolved', openedAt: '2026-09-01T08:00:00.000Z', resolvedAt: '2026-09-20T08:00:00.000Z' }),
    ],
    health: {
      score: { score: 52, band: 'watch', components: [], drivers: ['Two billing tickets', 'NPS fell to 4'] },
      history: [{ date: '2026-10-25', score: 70 }, { date: '2026-11-01', score: 68 }, { date: '2026-11-08', score: 60 }, { date: '2026-12-01', score: 52 }],
    },
  });
}

describe('the last visit', () => {
  it('is the later of the last held review and the last call, email or meeting — a note does not count', () => {
    expect(lastVisit(bundle(), now)).toMatchObject({ kind: 'review', at: '2026-11-01T10:00:00.000Z', title: 'Q3 review' });
    const b = { ...bundle(), touches: [...bundle().touches, touch('t-after', '2026-11-18T09:00:00.000Z')] };
    expect(lastVisit(b, now)).toMatchObject({ kind: 'touch', touchKind: 'call', at: '2026-11-18T09:00:00.000Z' });
    expect(lastVisit(testBundle({ touches: [touch('n', '2026-11-20T09:00:00.000Z', 'note')] }), now)).toBeNull();
  });
});

describe('buildPreVisitBrief', () => {
  const brief = buildPreVisitBrief(bundle(), now, today);

  it('compares health at the last visit with now, with what drives it', () => {
    expect(brief.health).toEqual({ then: 68, now: 52, band: 'watch', drivers: ['Two billing tickets', 'NPS fell to 4'] });
  });

  it('groups the tickets opened since by category and flags repeats (twice since, or seen before)', () => {
    expect(brief.tickets).toEqual({ total: 4, open: 1, categories: [
      { category: 'Billing', count: 2, open: 1, repeat: true },
      { category: 'Login', count: 1, open: 0, repeat: true },
      { category: 'Reports', count: 1, open: 0, repeat: false },
    ] });
  });

  it('lists survey responses since, open commitments due in 14 days both ways, and overdue ones', () => {
    expect(brief.surveys).toEqual([{ at: '2026-11-15T08:00:00.000Z', kind: 'nps', score: 4, comment: 'Billing is a mess' }]);
    expect(brief.commitments.dueSoon.map((c) => c.id)).toEqual(['c-soon', 'c-edge']);
    expect(brief.commitments.overdue.map((c) => c.id)).toEqual(['c-late']);
  });

  it('names escalations opened and resolved since, and the days to renewal', () => {
    expect(brief.escalations.opened.map((e) => e.title)).toEqual(['Invoices fail']);
    expect(brief.escalations.resolved.map((e) => e.title)).toEqual(['Slow reports']);
    expect(brief.account).toMatchObject({ name: 'Northwind Traders', renewalDate: '2027-03-01', daysToRenewal: 90 });
  });

  it('says plainly when there was no earlier visit and covers the last 90 days', () => {
    const none = buildPreVisitBrief(testBundle({ tickets: bundle().tickets }), now, today);
    expect(none.lastVisit).toBeNull();
    expect(none.since).toBe('2026-09-02T10:00:00.000Z');
    expect(none.tickets.total).toBe(5);
    expect(none.health).toEqual({ then: null, now: null, band: null, drivers: [] });
    const md = documentToMarkdown(preVisitBriefDocument(none, 'UTC'));
    expect(md).toContain('No earlier visit: no held review and no logged call, email or meeting. This brief covers the last 90 days.');
    expect(md).toContain('No health score');
  });
});

describe('preVisitBriefDocument', () => {
  const doc = preVisitBriefDocument(buildPreVisitBrief(bundle(), now, today), 'Europe/Berlin');
  const md = documentToMarkdown(doc);

  it('runs the account name on every page and says since when', () => {
    expect(doc.title).toBe('Northwind Traders — pre-visit brief');
    expect(doc.runningHeader).toContain('Northwind Traders');
    expect(md).toContain('Since the last review on 1 Nov 2026 (Q3 review): 30 days ago.');
    expect(md).toContain('1 Mar 2027, in 90 days');
  });

  it('holds health then and now, repeats, the due and overdue commitments and the escalations', () => {
    const rows = (title: string) => doc.sections.find((s) => s.title === title)?.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(md).toContain('68/100');
    expect(md).toContain('down 16 points');
    expect(rows('Tickets opened since')).toContainEqual(['Billing', '2', '1', 'Repeat']);
    expect(rows('Commitments')).toEqual([['They do', 'Share the user list', '10 Dec 2026'], ['We do', 'Send the roadmap', '15 Dec 2026'], ['We do', 'Fix SSO', '25 Nov 2026']]);
    expect(md).toContain('Opened 6 Nov 2026: Invoices fail (S2, open)');
    expect(md).toContain('Resolved 20 Nov 2026: Slow reports (S3)');
    expect(md).toContain('Billing is a mess');
  });

  it('caps long tables so the brief stays short', () => {
    const many = Array.from({ length: 14 }, (_, i) => rec('tickets', `m${i}`, { accountId: 'acc-1', subject: 'x', category: `Cat ${String(i).padStart(2, '0')}`, status: 'solved', openedAt: '2026-11-20T08:00:00.000Z' }));
    const capped = preVisitBriefDocument(buildPreVisitBrief({ ...bundle(), tickets: many }, now, today), 'UTC');
    const rows = capped.sections.find((s) => s.title === 'Tickets opened since')?.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])) ?? [];
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)?.[0]).toBe('… and 4 more');
  });
});
