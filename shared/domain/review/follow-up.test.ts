import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../record-defaults';
import { followUpSummary, lineAt } from './follow-up';
import { testReview } from './test-bundle';

describe('lineAt', () => {
  it('takes the line around the caret without its bullet', () => {
    const text = 'first point\n- send the SSO plan\nlast';
    expect(lineAt(text, text.indexOf('SSO'))).toBe('send the SSO plan');
    expect(lineAt(text, 0)).toBe('first point');
    expect(lineAt(text, text.length)).toBe('last');
  });
});

describe('followUpSummary', () => {
  const review = testReview({
    attendeeContactIds: ['c1'], heldAt: '2026-12-10T15:00:00.000Z',
    agendaItems: [
      { id: 'a', text: 'Invoices export', source: 'escalation', sourceId: 'e1', done: true, notes: 'Fix ships Friday\nThey need a CSV too' },
      { id: 'b', text: 'Roadmap', source: 'custom', sourceId: null, done: false, notes: '' },
    ],
  });
  const made = [
    { id: 'k2', ...newRecordFields('commitments', { title: 'Send user list', owedBy: 'customer', toContactId: 'c1', dueDate: '2026-12-20' }, '2026-12-10T15:00:00.000Z') },
    { id: 'k1', ...newRecordFields('commitments', { title: 'Ship CSV export', owedBy: 'us', ownerId: 'm-1', dueDate: '2026-12-17' }, '2026-12-10T15:00:00.000Z') },
  ];
  const text = followUpSummary(review, made, { accountName: 'Northwind', contacts: { c1: 'Ada Lovelace' }, members: { 'm-1': 'Dana Reyes' } });

  it('says what we heard from the notes of each item, and skips items without notes', () => {
    expect(text).toContain('What we heard\n- Invoices export\n  Fix ships Friday\n  They need a CSV too\n\nWhat we agreed');
    expect(text).not.toContain('Roadmap');
  });

  it('says who owes what by when, soonest first', () => {
    expect(text).toContain('Who owes what by when\n- Dana Reyes: Ship CSV export — by 17 Dec 2026\n- Ada Lovelace: Send user list — by 20 Dec 2026');
    expect(text.startsWith('Subject: Q4 business review — summary and next steps\n\nHello Ada Lovelace,')).toBe(true);
  });
});
