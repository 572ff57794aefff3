// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { surveySummary } from '../../../../../shared/domain/recovery/follow-up-survey';
import { testAccount, testProgram, testTarget } from '../../../../../shared/domain/recovery/fixtures.test-support';
import { SurveySummaryCard } from './survey-summary-card';

describe('the program\'s follow-up survey figures', () => {
  it('lists the surveys without an answer after 14 days and opens the account\'s track from there', async () => {
    const sent = { stage: 'followed_up' as const, contactedAt: '2026-11-28T09:00:00.000Z' };
    const targets = [
      testTarget('a1', { ...sent, surveyRequestedAt: '2026-12-01T10:00:00.000Z' }),
      testTarget('a2', { ...sent, surveyRequestedAt: '2026-12-18T10:00:00.000Z' }),
      testTarget('a3', { ...sent, surveyRequestedAt: '2026-12-01T10:00:00.000Z' }),
    ];
    const responses = new Map([['a3', [{ id: 'r', accountId: 'a3', kind: 'csat' as const, score: 5, comment: '', respondedAt: '2026-12-02T10:00:00.000Z', deleted: false }]]]);
    const accounts = new Map([['a1', testAccount('a1', { name: 'Northwind' })], ['a2', testAccount('a2', { name: 'Acme' })], ['a3', testAccount('a3', { name: 'Blue' })]]);
    const onOpen = vi.fn();
    render(<SurveySummaryCard summary={surveySummary(testProgram(), targets, responses, '2026-12-20T10:00:00.000Z')} accounts={accounts} onOpen={onOpen} />);
    const card = screen.getByRole('region', { name: 'Follow-up survey summary' });
    expect(card).toHaveTextContent('3Requested1Answered2Awaiting (1 overdue)');
    expect(card).toHaveTextContent('5.0Average CSAT · 1 answer');
    const overdue = within(card).getByRole('list', { name: 'Overdue surveys' });
    expect(within(overdue).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Northwind.*19 days ago$/)]);
    await userEvent.click(within(overdue).getByRole('button', { name: 'Northwind' }));
    expect(onOpen).toHaveBeenCalledWith('t-a1');
  });
});
