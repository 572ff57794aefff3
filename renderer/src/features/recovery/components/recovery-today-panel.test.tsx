// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { useNavigation } from '../../../lib/navigation';
import { startProgram } from '../api/recovery-writes';
import { RecoveryTodayPanel } from './recovery-today-panel';

const day = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * day).toISOString();

describe('recovery on Today', () => {
  it('counts the follow-up surveys unanswered after 14 days and leads to the program', async () => {
    const accounts = generatePortfolio({ accounts: 4 }).accounts;
    await data.createMany('accounts', accounts);
    const id = await startProgram({
      title: 'Login outage', description: '', customerExplanation: '', outreachTemplate: '', startedAt: ago(40), outreachDeadline: ago(38),
    }, accounts.map((a) => a.id), null);
    const targets = (await db.recoveryTargets.where('programId').equals(id).toArray()).sort((x, y) => x.accountId.localeCompare(y.accountId));
    // Two overdue, one overdue but answered since the request, one sent only 3 days ago.
    const requested = [20, 16, 20, 3];
    for (const [i, t] of targets.entries()) await data.update('recoveryTargets', t.id, { stage: 'followed_up', contactedAt: ago(39), surveyRequestedAt: ago(requested[i]!) });
    await data.create('surveyResponses', { accountId: targets[2]!.accountId, kind: 'nps', score: 9, respondedAt: ago(10) });
    // An answer before the request does not count as the program's answer.
    await data.create('surveyResponses', { accountId: targets[0]!.accountId, kind: 'csat', score: 2, respondedAt: ago(30) });

    render(<RecoveryTodayPanel />);
    const panel = await screen.findByRole('region', { name: 'Recovery outreach' });
    const link = await within(panel).findByRole('link', { name: 'Login outage: 2 follow-up surveys unanswered after 14 days' });
    expect(link).toHaveTextContent('2 surveys overdue');
    await userEvent.click(link);
    expect(useNavigation.getState().route).toEqual({ section: 'recovery', recordId: id });

    await data.create('surveyResponses', { accountId: targets[1]!.accountId, kind: 'nps', score: 6, respondedAt: ago(0) });
    await waitFor(() => expect(within(panel).getByRole('link', { name: 'Login outage: 1 follow-up survey unanswered after 14 days' })).toHaveTextContent('1 survey overdue'));
  });
});
