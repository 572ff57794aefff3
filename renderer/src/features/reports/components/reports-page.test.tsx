// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { startHealthScoring } from '../../../db/health/health-client';
import { data } from '../../../db/instance';
import { ReportsPage } from './reports-page';

describe('the Reports screen', () => {
  it('shows this month NPS and closed-loop rate beside last month, says how each is computed and that history is missing, and filters by segment', async () => {
    const { accounts } = generatePortfolio({ accounts: 2 });
    const smb = { ...accounts[0]!, segment: 'smb' as const };
    const enterprise = { ...accounts[1]!, segment: 'enterprise' as const };
    await data.createMany('accounts', [smb, enterprise]);
    const now = new Date();
    const at = now.toISOString();
    await data.createMany('surveyResponses', [{ id: 'r1', accountId: smb.id, contactId: null, kind: 'nps', score: 2, comment: '', theme: '', respondedAt: at, deleted: false }]);
    await data.createMany('surveyFollowUps', [{
      id: 'fu-r1', responseId: 'r1', accountId: smb.id, contactId: null, ownerId: null, stage: 'closed', openedAt: at, dueAt: at, firstContactAt: at,
      rootCause: 'x', action: 'y', outcome: 'not_rescued', rescuedById: null, closedAt: at, deleted: false,
    }]);
    render(<ReportsPage />);
    const satisfaction = await screen.findByRole('table', { name: 'Satisfaction figures' });
    expect(within(satisfaction).getByRole('row', { name: /^NPS -100/ })).toBeInTheDocument();
    const loop = screen.getByRole('table', { name: 'Closed loop figures' });
    expect(within(loop).getByRole('row', { name: /^Closed-loop rate 100\.0% — —/ })).toBeInTheDocument();
    expect(screen.getAllByText(/Closed-loop rate: of the follow-ups opened for unhappy answers/).length).toBeGreaterThan(0);
    expect(screen.getByRole('note')).toHaveTextContent('No contract history has been recorded yet');

    await userEvent.selectOptions(screen.getByLabelText('Segment'), 'enterprise');
    expect(within(screen.getByRole('table', { name: 'Satisfaction figures' })).getByRole('row', { name: /^NPS — —/ })).toBeInTheDocument();
  });

  it('counts every account in one health band for the period, computed by the health scoring on request, beside the biggest-drops section', async () => {
    const stop = startHealthScoring();
    try {
      render(<ReportsPage />);
      const health = await screen.findByRole('table', { name: 'Health figures' }, { timeout: 20_000 });
      // Two accounts from the first test: each one is counted in exactly one band at the end of this month.
      const counts = ['health:healthy', 'health:watch', 'health:at_risk', 'health:unknown'].map((key) => Number(health.querySelector(`tr[data-figure="${key}"] td:nth-child(2)`)?.textContent));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
      expect(screen.getByRole('figure', { name: 'Health distribution' })).not.toHaveTextContent('Computing past health');
      expect(screen.getByRole('heading', { name: /^Biggest health drops/ })).toBeInTheDocument();
    } finally {
      stop();
    }
  }, 30_000);
});
