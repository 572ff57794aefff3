// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { useToasts } from '../../../lib/toast';
import { startProgram } from '../api/recovery-writes';
import { ProgramPage } from './program-page';

describe('a recovery program page', () => {
  it('assigns selected accounts in one step with Undo, and marks one contacted with the email logged on its timeline', async () => {
    const { accounts, contacts, teamMembers } = generatePortfolio({ accounts: 4 });
    await data.createMany('accounts', accounts);
    await data.createMany('contacts', contacts);
    await data.createMany('teamMembers', teamMembers);
    const hour = 3_600_000;
    const id = await startProgram({
      title: 'Login outage', description: '', customerExplanation: 'Sign-in failed for two hours.', outreachTemplate: '',
      startedAt: new Date(Date.now() - hour).toISOString(), outreachDeadline: new Date(Date.now() + 47 * hour).toISOString(),
    }, accounts.map((a) => a.id), null);
    render(<ProgramPage programId={id} savedViews={[]} />);
    const table = await screen.findByRole('table', { name: 'Affected accounts' });
    expect(screen.getByRole('progressbar', { name: 'Login outage: accounts reached' })).toHaveAttribute('aria-valuetext', '0 of 4 reached, due in 1 d 22 h');

    const [a, b] = [...accounts].sort((x, y) => x.name.localeCompare(y.name));
    await userEvent.click(within(table).getByRole('checkbox', { name: `Select ${a!.name}` }));
    await userEvent.click(within(table).getByRole('checkbox', { name: `Select ${b!.name}` }));
    await userEvent.selectOptions(screen.getByLabelText('Owner for the selected accounts'), 'Sam Rivera');
    await userEvent.click(screen.getByRole('button', { name: 'Assign owner' }));
    await waitFor(async () => expect((await db.recoveryTargets.toArray()).filter((t) => t.assigneeId === 'tm-2')).toHaveLength(2));
    expect(useToasts.getState().toasts.at(-1)?.message).toBe('2 accounts now with Sam Rivera');
    useToasts.getState().undoLatest();
    await waitFor(async () => expect((await db.recoveryTargets.toArray()).every((t) => t.assigneeId === null)).toBe(true));

    await userEvent.click(within(table).getByRole('button', { name: `Open the track of ${a!.name}` }));
    const side = screen.getByRole('complementary', { name: `Track of ${a!.name}` });
    expect(within(side).getByLabelText('Email text')).toHaveTextContent('Sign-in failed for two hours.');
    await userEvent.click(within(side).getByRole('button', { name: 'Mark contacted without the email' }));
    await within(side).findByText('Contacted', { exact: true }, { timeout: 5000 });
    const touches = await db.touches.where('accountId').equals(a!.id).toArray();
    expect(touches.map((t) => t.summary)).toEqual(['Recovery outreach: Login outage']);
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Login outage: accounts reached' })).toHaveAttribute('aria-valuenow', '1'));
  });

  it('shows a survey answer recorded through the composed form on the track and in the program figures', async () => {
    const accounts = generatePortfolio({ accounts: 2 }).accounts.map((a) => ({ ...a, id: `s-${a.id}` }));
    await data.createMany('accounts', accounts);
    const hour = 3_600_000;
    const id = await startProgram({
      title: 'Sync outage', description: '', customerExplanation: '', outreachTemplate: '',
      startedAt: new Date(Date.now() - 30 * 24 * hour).toISOString(), outreachDeadline: new Date(Date.now() - 28 * 24 * hour).toISOString(),
    }, accounts.map((a) => a.id), null);
    const [a] = [...accounts].sort((x, y) => x.name.localeCompare(y.name));
    const target = (await db.recoveryTargets.where('programId').equals(id).toArray()).find((t) => t.accountId === a!.id)!;
    await data.update('recoveryTargets', target.id, { stage: 'followed_up', contactedAt: new Date(Date.now() - 29 * 24 * hour).toISOString() });
    const recorded: string[] = [];
    render(<ProgramPage programId={id} savedViews={[]} renderResponseDialog={(accountId, onClose) => (
      <div role="dialog" aria-label="Answer form"><button type="button" onClick={() => {
        recorded.push(accountId);
        void data.create('surveyResponses', { accountId, kind: 'nps', score: 9, comment: 'Handled well', respondedAt: new Date().toISOString() }).then(onClose);
      }}>Save 9</button></div>
    )} />);
    const table = await screen.findByRole('table', { name: 'Affected accounts' });
    await userEvent.click(within(table).getByRole('button', { name: `Open the track of ${a!.name}` }));
    const side = screen.getByRole('complementary', { name: `Track of ${a!.name}` });
    await userEvent.click(await within(side).findByRole('button', { name: 'Mark sent without the email' }));
    await within(side).findByText('Awaiting answer');
    const figures = screen.getByRole('region', { name: 'Follow-up survey summary' });
    await waitFor(() => expect(figures).toHaveTextContent(/1Requested0Answered1Awaiting/));

    await userEvent.click(within(side).getByRole('button', { name: 'Record the answer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save 9' }));
    expect(recorded).toEqual([a!.id]);
    expect(await within(side).findByText('NPS 9 · promoter')).toBeInTheDocument();
    expect(within(side).getByLabelText('Survey answer')).toHaveTextContent('“Handled well”');
    await waitFor(() => expect(figures).toHaveTextContent(/1Requested1Answered0Awaiting9\.0Average NPS · 1 answer \(1 promoter/));
    expect(within(table).getByText('NPS 9')).toHaveClass('badge', 'ok');
    expect(screen.queryByRole('dialog', { name: 'Answer form' })).toBeNull();
  });
});
