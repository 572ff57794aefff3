// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../db/instance';
import { localToday } from '../../../lib/format';
import { QuickAdd } from './quick-add';

describe('quick add of a commitment', () => {
  it('reads the date at the end of the line and records a private promise in the private space', async () => {
    render(<QuickAdd />);
    const input = screen.getByRole('textbox', { name: 'What was promised, and by when' });
    await userEvent.type(input, 'Call my mentor tomorrow');
    const tomorrow = new Date(Date.parse(`${localToday()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(screen.getByText(`due ${tomorrow}`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Private' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await db.commitments.count()).toBe(1));
    const [saved] = await db.commitments.toArray();
    expect(saved).toMatchObject({ title: 'Call my mentor', dueDate: tomorrow, status: 'open', owedBy: 'us' });
    const [mutation] = await db.outbox.toArray();
    expect(mutation?.space).toBe('private');
    expect(input).toHaveValue('');
  });

  it('says what is missing instead of saving an empty promise', async () => {
    render(<QuickAdd />);
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say what was promised');
  });

  it('says the device is full when the save fails for lack of storage, and keeps what was typed', async () => {
    const full = () => { throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }); };
    db.commitments.hook('creating', full);
    try {
      render(<QuickAdd />);
      const input = screen.getByRole('textbox', { name: 'What was promised, and by when' });
      await userEvent.type(input, 'Send the roadmap tomorrow');
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(await screen.findByRole('alert')).toHaveTextContent("This device's storage is full");
      expect(input).toHaveValue('Send the roadmap tomorrow');
    } finally {
      db.commitments.hook('creating').unsubscribe(full);
    }
  });
});
