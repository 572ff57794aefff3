// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { FollowUpsPanel } from './follow-ups-panel';
import { ResponseDialog } from './response-dialog';
import { ResponsesList } from './responses-list';

describe('recording a response by hand', () => {
  it('explains a missing or out-of-range score, then saves a detractor whose follow-up shows its 48-hour clock', async () => {
    const { accounts } = generatePortfolio({ accounts: 2 });
    await data.createMany('accounts', accounts);
    const onSaved = vi.fn();
    render(<ResponseDialog accountId={accounts[0]!.id} onClose={() => undefined} onSaved={onSaved} />);
    const dialog = await screen.findByRole('dialog', { name: 'Record a survey response' });
    expect(await within(dialog).findByText(/How likely are you to recommend us/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record response' }));
    expect(await within(dialog).findByText('Enter the score the customer gave')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Score'), '11');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record response' }));
    expect(await within(dialog).findByText('NPS scores are whole numbers from 0 to 10')).toBeInTheDocument();
    expect(await db.surveyResponses.count()).toBe(0);

    await userEvent.clear(within(dialog).getByLabelText('Score'));
    await userEvent.type(within(dialog).getByLabelText('Score'), '2');
    await userEvent.type(within(dialog).getByLabelText('Theme'), 'Onboarding');
    await userEvent.type(within(dialog).getByLabelText('Comment'), 'Nobody showed us how to set it up');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record response' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [response] = await db.surveyResponses.toArray();
    expect(response).toMatchObject({ kind: 'nps', score: 2, theme: 'onboarding', accountId: accounts[0]!.id });

    render(<FollowUpsPanel />);
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent(accounts[0]!.name);
    expect(item).toHaveTextContent(/4[78] h \d+ min left for first contact/);
  });

  it('searches the verbatims and filters by theme', async () => {
    const base = { accountId: 'a', contactId: null, kind: 'nps' as const, deleted: false, respondedAt: '2026-11-01T00:00:00.000Z' };
    const responses = [
      { ...base, id: '1', score: 3, comment: 'Invoices are wrong again', theme: 'billing' },
      { ...base, id: '2', score: 9, comment: 'Great onboarding', theme: 'onboarding' },
    ];
    render(<ResponsesList responses={responses} accountNames={new Map([['a', 'Acme']])} contactNames={new Map()} />);
    const table = screen.getByRole('table', { name: 'Survey responses' });
    await userEvent.type(screen.getByLabelText('Search the verbatims'), 'invoices');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('Invoices are wrong again')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Search the verbatims'));
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'onboarding');
    expect(within(table).queryByText('Invoices are wrong again')).toBeNull();
    expect(within(table).getByText('Great onboarding')).toBeInTheDocument();
  });
});
