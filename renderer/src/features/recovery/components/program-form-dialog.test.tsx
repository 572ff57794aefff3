// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyAccountFilter } from '../../../../../shared/domain/account-list';
import { recoveryTargetId } from '../../../../../shared/domain/recovery/recovery-rules';
import { defaultSurveyTemplate } from '../../../../../shared/domain/recovery/follow-up-survey-draft';
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
    expect(await db.recoveryPrograms.get(programId)).toMatchObject({ title: 'Login outage', status: 'active', surveyTemplate: '' });
    const targets = await db.recoveryTargets.where('programId').equals(programId).toArray();
    expect(targets.map((t) => t.id).sort()).toEqual([recoveryTargetId(programId, accounts[0]!.id), recoveryTargetId(programId, accounts[3]!.id)].sort());
  });

  it('starts a program with its own survey invitation, and an emptied one falls back to the default', async () => {
    const { accounts } = generatePortfolio({ accounts: 3 });
    await data.createMany('accounts', accounts.map((a) => ({ ...a, id: `sv-${a.id}`, name: `Survey ${a.name}` })));
    const start = async (title: string, invitation: string) => {
      const onSaved = vi.fn();
      const view = render(<ProgramFormDialog savedViews={[]} onClose={() => undefined} onSaved={onSaved} />);
      const dialog = await screen.findByRole('dialog', { name: 'Start a recovery program' });
      await within(dialog).findByLabelText('Tag or product');
      await userEvent.type(within(dialog).getByLabelText('Program name'), title);
      await userEvent.click(within(dialog).getByText('Follow-up survey invitation'));
      const template = within(dialog).getByLabelText('Survey invitation template');
      expect(template).toHaveValue(defaultSurveyTemplate);
      await userEvent.clear(template);
      if (invitation) await userEvent.type(template, invitation);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Paste a list' }));
      await userEvent.type(within(dialog).getByLabelText('Account names or CRM ids, one per line'), `Survey ${accounts[0]!.name}`);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Start program for 1 account' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      view.unmount();
      return db.recoveryPrograms.get(onSaved.mock.calls[0]![0] as string);
    };
    const own = 'Subject: Two questions about the outage{enter}{enter}Hi {{{{champion}}, 0 to 10?'; // user-event types {{ as one brace
    expect((await start('Sync outage', own))?.surveyTemplate).toBe('Subject: Two questions about the outage\n\nHi {{champion}}, 0 to 10?');
    expect((await start('Search outage', ''))?.surveyTemplate).toBe('');
  });
});
