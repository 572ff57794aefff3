// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { FlagLeadDialog } from './flag-lead-dialog';
import { LeadsPage } from './leads-page';

describe('expansion leads', () => {
  it('flags a lead with its champion preselected, refuses qualifying until all four checks, then qualifies it', async () => {
    const { accounts, contacts } = generatePortfolio({ accounts: 2 });
    await data.createMany('accounts', accounts);
    await data.createMany('contacts', contacts);
    const account = accounts[0]!;
    const champion = contacts.find((c) => c.accountId === account.id && c.role === 'champion')!;
    const { unmount } = render(<FlagLeadDialog accountId={account.id} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Flag an expansion opportunity' });
    expect(await within(dialog).findByLabelText('Champion for it')).toHaveValue(champion.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Flag opportunity' }));
    expect(within(dialog).getByText('Say what they would buy')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Opportunity'), '40 more seats');
    await userEvent.selectOptions(within(dialog).getByLabelText('What'), 'seats');
    await userEvent.type(within(dialog).getByLabelText(/Estimated ARR/), 'lots');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Flag opportunity' }));
    expect(within(dialog).getByText('Enter the value as an amount, like 12000')).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText(/Estimated ARR/));
    await userEvent.type(within(dialog).getByLabelText(/Estimated ARR/), '9,600');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Flag opportunity' }));
    await waitFor(async () => expect(await db.expansionOpportunities.count()).toBe(1));
    expect((await db.expansionOpportunities.toArray())[0]).toMatchObject({ title: '40 more seats', kind: 'seats', estimatedArrMinor: 960_000, championContactId: champion.id, stage: 'identified' });
    unmount();

    render(<LeadsPage />);
    await userEvent.click(await screen.findByRole('button', { name: '40 more seats' }));
    const panel = screen.getByRole('complementary', { name: 'Lead 40 more seats' });
    expect(within(panel).getByRole('button', { name: 'Qualify' })).toBeDisabled();
    for (const check of ['Need confirmed', 'Value confirmed', 'Timing confirmed']) {
      await userEvent.click(within(panel).getByLabelText(check));
      await waitFor(() => expect(within(panel).getByLabelText(check)).toBeChecked());
    }
    expect(within(panel).getByText('Confirm the champion before qualifying')).toBeInTheDocument();
    await userEvent.click(within(panel).getByLabelText('Champion confirmed'));
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Qualify' })).toBeEnabled());
    await userEvent.click(within(panel).getByRole('button', { name: 'Qualify' }));
    await within(panel).findByText('Qualified', { selector: '.badge' });
    expect(within(panel).getByRole('button', { name: 'Hand off to sales (copies the summary)' })).toBeInTheDocument();
  });
});
