// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyAccountFilter } from '../../../../../shared/domain/account-list';
import { recoveryTargetId } from '../../../../../shared/domain/recovery/recovery-rules';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { ProgramFormDialog } from './program-form-dialog';

describe('starting a recovery program', () => {
  it('explains what is missing, reports pasted lines that match no account, and starts the program for the matched ones', async () => {
    const { accounts } = generatePortfolio({ accounts: 6 });
    await data.createMany('accounts', accounts);
    const onSaved = vi.fn();
    render(<ProgramFormDialog savedViews={[{ name: 'Enterprise', filter: { ...emptyAccountFilter, segments: ['enterprise'] } }]} onClose={() => undefined} onSaved={onSaved} />);
    const dialog = await screen.findByRole('dialog', { name: 'Start a recovery program' });
    await within(dialog).findByLabelText('Tag or product');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start program' }));
    expect(await within(dialog).findByText('Name the program')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one affected account')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('Program name'), 'Login outage');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Paste a list' }));
    await userEvent.type(within(dialog).getByLabelText('Account names or CRM ids, one per line'), `${accounts[0]!.name}{enter}crm-100003{enter}Nobody Inc`);
    expect(within(dialog).queryByText('Name the program')).toBeNull();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('No account matches this line: Nobody Inc');
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^2 accounts: /);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start program for 2 accounts' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const programId = onSaved.mock.calls[0]![0] as string;
    expect(await db.recoveryPrograms.get(programId)).toMatchObject({ title: 'Login outage', status: 'active' });
    const targets = await db.recoveryTargets.where('programId').equals(programId).toArray();
    expect(targets.map((t) => t.id).sort()).toEqual([recoveryTargetId(programId, accounts[0]!.id), recoveryTargetId(programId, accounts[3]!.id)].sort());
  });
});
