import { describe, expect, it } from 'vitest';
import { documentToMarkdown } from '../../document/markdown';
import { reviewPackDocument } from '../../document/review-pack-document';
import { newRecordFields } from '../record-defaults';
import { buildReviewPack } from './pack';
import { testBundle, testReview } from './test-bundle';

const now = '2026-12-01T10:00:00.000Z';
const rec = <E extends Parameters<typeof newRecordFields>[0]>(entity: E, id: string, fields: Parameters<typeof newRecordFields<E>>[1]) => ({ id, ...newRecordFields(entity, fields, now) });

function richBundle() {
  return testBundle({
    contacts: [
      rec('contacts', 'c1', { accountId: 'acc-1', name: 'Ada Lovelace', role: 'champion', sentiment: 'positive', lastContactedAt: '2026-11-25T09:00:00.000Z' }),
      rec('contacts', 'c2', { accountId: 'acc-1', name: 'Bob Stone', role: 'decision_maker', sentiment: 'negative', lastContactedAt: '2026-08-01T09:00:00.000Z' }),
    ],
    escalations: [rec('escalations', 'e1', { accountId: 'acc-1', title: 'Invoices fail to export', severity: 'S1', openedAt: '2026-11-28T08:00:00.000Z' })],
    escalationEvents: [rec('escalationEvents', 'ev1', { escalationId: 'e1', accountId: 'acc-1', kind: 'customer_update', body: 'Fix in testing', at: '2026-11-30T08:00:00.000Z' })],
    tickets: ['t1', 't2', 't3', 't4'].map((id, n) => rec('tickets', id, { accountId: 'acc-1', subject: `Ticket ${id}`, category: n < 3 ? 'Billing' : 'Login', status: n === 0 ? 'open' : 'solved', openedAt: '2026-10-01T08:00:00.000Z' })),
    commitments: [
      rec('commitments', 'k1', { accountId: 'acc-1', title: 'Send the roadmap', owedBy: 'us', status: 'kept', dueDate: '2026-11-01', completedAt: '2026-10-30T08:00:00.000Z' }),
      rec('commitments', 'k2', { accountId: 'acc-1', title: 'Fix SSO', owedBy: 'us', status: 'slipped', dueDate: '2026-11-15' }),
      rec('commitments', 'k3', { accountId: 'acc-1', title: 'Share user list', owedBy: 'customer', status: 'open', dueDate: '2026-12-15' }),
      rec('commitments', 'k4', { accountId: 'acc-1', title: 'Old promise', owedBy: 'us', status: 'kept', dueDate: '2025-01-15' }),
    ],
    surveyResponses: [rec('surveyResponses', 's1', { accountId: 'acc-1', kind: 'nps', score: 9, respondedAt: '2026-11-01T08:00:00.000Z' })],
    usagePoints: [
      rec('usagePoints', 'u1', { accountId: 'acc-1', metric: 'logins', date: '2026-11-23', value: 10 }),
      rec('usagePoints', 'u2', { accountId: 'acc-1', metric: 'logins', date: '2026-11-24', value: 5 }),
      rec('usagePoints', 'u3', { accountId: 'acc-1', metric: 'logins', date: '2026-11-30', value: 7 }),
      rec('usagePoints', 'u4', { accountId: 'acc-1', metric: 'exports', date: '2026-11-30', value: 1 }),
    ],
  });
}

describe('buildReviewPack', () => {
  const pack = buildReviewPack(richBundle(), testReview({ attendeeContactIds: ['c1'], attendeeMemberIds: ['m-2'], objectives: 'Agree the renewal plan\n\n Close the S1 ' }), now);

  it('snapshots the account with its owner and days to renewal', () => {
    expect(pack.account).toMatchObject({ name: 'Northwind Traders', ownerName: 'Dana Reyes', daysToRenewal: 90, arrMinor: 12_000_000 });
    expect(pack.review).toMatchObject({ attendees: ['Ada Lovelace'], team: ['Sam Ortiz'], objectives: ['Agree the renewal plan', 'Close the S1'] });
  });

  it('lists open escalations with their timeline and the next customer update', () => {
    expect(pack.escalations).toHaveLength(1);
    expect(pack.escalations[0]).toMatchObject({ title: 'Invoices fail to export', nextUpdateDue: '2026-12-01T08:00:00.000Z' });
    expect(pack.escalations[0]?.timeline.map((t) => t.body)).toEqual(['Fix in testing']);
  });

  it('splits commitments both ways with a tally, leaving out old closed ones', () => {
    expect(pack.commitments.ours.map((c) => c.title)).toEqual(['Send the roadmap', 'Fix SSO']);
    expect(pack.commitments.theirs.map((c) => c.title)).toEqual(['Share user list']);
    expect(pack.commitments.tally).toEqual({ open: 1, kept: 1, slipped: 1, renegotiated: 0 });
  });

  it('counts tickets by category and highlights the repeating one', () => {
    expect(pack.tickets).toEqual({ total: 4, open: 1, categories: [{ category: 'Billing', count: 3, open: 1, repeat: true }, { category: 'Login', count: 1, open: 0, repeat: false }] });
  });

  it('flags stakeholders not contacted lately and who attends', () => {
    expect(pack.stakeholders.map((s) => [s.name, s.quiet, s.attending])).toEqual([['Ada Lovelace', false, true], ['Bob Stone', true, false]]);
  });

  it('sums the main usage metric per week, and names risks and wins', () => {
    expect(pack.usage).toEqual({ metric: 'logins', weeks: [{ week: '2026-11-23', value: 15 }, { week: '2026-11-30', value: 7 }] });
    expect(pack.risks).toEqual(['S1 escalation open: Invoices fail to export', '3 tickets about Billing in 6 months', 'Bob Stone (decision maker) is unhappy', 'We slipped: Fix SSO']);
    expect(pack.wins).toEqual(['Delivered: Send the roadmap', 'Ada Lovelace is a positive champion']);
  });

  it('says plainly when there is no health score', () => {
    expect(pack.health).toBeNull();
    const md = documentToMarkdown(reviewPackDocument(pack, 'UTC'));
    expect(md).toContain('No health score yet');
  });
});

describe('reviewPackDocument', () => {
  const pack = buildReviewPack(richBundle(), testReview(), now);
  const doc = reviewPackDocument(pack, 'UTC');
  it('runs the account name on every page and holds the escalation and the stakeholders', () => {
    expect(doc.runningHeader).toContain('Northwind Traders');
    const md = documentToMarkdown(doc);
    expect(md).toContain('S1 · Invoices fail to export');
    const rows = (title: string) => doc.sections.find((s) => s.title === title)?.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows('Stakeholders')).toContainEqual(['Bob Stone', '', 'Decision maker', 'Negative', '1 Aug 2026 · not lately']);
    expect(rows('Support tickets')).toContainEqual(['Billing', '3', '1', 'Repeat']);
  });
  it('has a section for each part of the pack, in order', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(['Overview', 'What changed', 'Health', 'Satisfaction and usage', 'Open escalations', 'Commitments', 'Support tickets', 'Stakeholders', 'Recent touches', 'Risks and wins']);
  });
});

describe('times in the pack', () => {
  it('prints the meeting and the next customer update in the user\'s zone, not UTC', () => {
    const pack = buildReviewPack(richBundle(), testReview({ scheduledAt: '2026-12-10T23:30:00.000Z' }), now);
    const tokyo = documentToMarkdown(reviewPackDocument(pack, 'Asia/Tokyo'));
    expect(tokyo).toContain('QBR · 11 Dec 2026, 08:30 (Asia/Tokyo)');
    expect(tokyo).not.toContain('23:30');
    const ny = reviewPackDocument(pack, 'America/New_York');
    expect(ny.runningHeader).toBe('Northwind Traders · QBR 10 Dec 2026');
    expect(documentToMarkdown(ny)).toContain('10 Dec 2026, 18:30 (America/New York)');
  });
});
