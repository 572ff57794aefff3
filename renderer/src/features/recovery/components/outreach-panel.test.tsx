// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testAccount, testContact, testProgram, testTarget } from '../../../../../shared/domain/recovery/fixtures.test-support';
import { data, db } from '../../../db/instance';
import { OutreachPanel } from './outreach-panel';

const program = testProgram({ customerExplanation: 'Exports failed overnight.' });
const account = testAccount('a1', { name: 'Northwind Foods', tags: ['Payments'] });
const contacts = [testContact('c1', { accountId: 'a1', name: 'Maria Ortiz', role: 'champion', email: 'maria@northwind.example' })];

describe('outreach panel', () => {
  it('shows the filled draft to the champion and opens it in the mail app with a mailto link', () => {
    render(<OutreachPanel program={program} target={testTarget('a1')} account={account} contacts={contacts} senderName="Alex Morgan" me={null} />);
    expect(screen.getByText('To Maria Ortiz <maria@northwind.example>')).toBeInTheDocument();
    expect(screen.getByLabelText('Email text')).toHaveTextContent('Hi Maria, I want you to hear this from me directly. Exports failed overnight.');
    expect(screen.getByRole('link', { name: 'Open in mail app and mark contacted' }).getAttribute('href')).toMatch(/^mailto:maria@northwind\.example\?subject=EU%20payments%20outage/);
  });

  it('does not mark the account contacted when the clipboard refuses, and says what to do', async () => {
    await data.create('accounts', { name: 'Northwind Foods' }, { id: 'a1' });
    await data.apply([{ op: 'create', entity: 'recoveryTargets', id: 't-a1', fields: { programId: 'prog', accountId: 'a1' } }]);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    render(<OutreachPanel program={program} target={testTarget('a1')} account={account} contacts={contacts} senderName="Alex Morgan" me={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy and mark contacted' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not copy to the clipboard: select the text below and copy it by hand.');
    await waitFor(async () => expect((await db.recoveryTargets.get('t-a1'))?.stage).toBe('pending'));
    expect(await db.touches.count()).toBe(0);
  });
});
