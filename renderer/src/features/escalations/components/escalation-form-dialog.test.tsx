// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { EscalationFormDialog } from './escalation-form-dialog';
import { EscalationsPage } from './escalations-page';

describe('opening an escalation', () => {
  it('explains each missing field, then opens it with a first timeline entry, and lists it with its update countdown', async () => {
    const { accounts } = generatePortfolio({ accounts: 3 });
    await data.createMany('accounts', accounts);
    const onSaved = vi.fn();
    render(<EscalationFormDialog onClose={() => undefined} onSaved={onSaved} />);
    const dialog = await screen.findByRole('dialog', { name: 'Open escalation' });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Support' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open escalation' }).at(-1)!);
    expect(await screen.findByText('Pick the account')).toBeInTheDocument();
    expect(screen.getByText('Give the escalation a title')).toBeInTheDocument();
    expect(screen.getByText('Involve at least one department')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Account'), accounts[0]!.name);
    await userEvent.type(screen.getByLabelText('Title'), 'Invoices sent to the wrong entity');
    await userEvent.selectOptions(screen.getByLabelText('Severity'), 'S1');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Billing' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open escalation' }).at(-1)!);
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(dialog).toBeInTheDocument();
    const [escalation] = await db.escalations.toArray();
    expect(escalation).toMatchObject({ severity: 'S1', departments: ['billing'], status: 'open', accountId: accounts[0]!.id });
    expect(await db.escalationEvents.where('escalationId').equals(escalation!.id).count()).toBe(1);

    render(<EscalationsPage />);
    const row = await screen.findByRole('row', { name: /Invoices sent to the wrong entity/ });
    expect(row).toHaveTextContent(/due in 23 h 5\d min|due in 1 d/);
  });
});
