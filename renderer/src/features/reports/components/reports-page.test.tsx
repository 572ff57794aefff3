// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
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
});
