// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { data, db } from '../../../db/instance';
import { ConflictsInbox } from './conflicts-inbox';

const account = { name: 'Northwind Health', externalId: null, segment: 'smb' as const, tier: 'tier_3' as const, arrMinor: 100_000, currency: 'USD', renewalDate: null, lifecycleStage: 'mature' as const, ownerId: null, industry: '', tags: [], createdAt: '2026-11-22T00:00:00.000Z', deleted: false, website: '', phone: '', billingCity: '', billingCountry: '', description: '' };

describe('conflicting edits', () => {
  it('name the member who made the other edit, and "you" for this user', async () => {
    const id = await data.create('accounts', account);
    await db.teamMembers.put({ id: 'u2', name: 'Dana Whitfield', email: 'dana@team.example', role: 'specialist', userId: 'u2', access: 'member', active: true, deleted: false });
    await db.conflicts.put({
      id: 'c1', entity: 'accounts', recordId: id, field: 'name', keptValue: 'Northwind (Dana)', lostValue: 'Northwind (mine)', keptBy: 'u2', lostBy: 'u1',
      keptHlc: 'h2', lostHlc: 'h1', at: '2026-11-23T09:00:00.000Z', resolved: false, deleted: false,
    });
    render(<ConflictsInbox myUserId="u1" />);
    const row = (await screen.findByRole('table', { name: 'Conflicts' })).querySelector('tbody tr');
    await waitFor(() => expect(row).toHaveTextContent('Northwind (Dana) (Dana Whitfield)'));
    expect(row).toHaveTextContent('Northwind (mine) (you)');
    expect(row).not.toHaveTextContent('a teammate');
    await db.conflicts.clear();
  });
});

describe('edits the server refused', () => {
  it('can be corrected in place: an invalid value explains itself, a valid one becomes a new edit', async () => {
    const id = await data.create('accounts', account);
    await db.outbox.clear();
    await db.rejections.add({ entity: 'accounts', recordId: id, field: 'arrMinor', reason: 'invalid_value', message: 'arrMinor: too big', typed: -5, at: '2026-11-23T09:00:00.000Z' });
    render(<ConflictsInbox myUserId="u1" />);
    const table = await screen.findByRole('table', { name: 'Rejected edits' });
    expect(within(table).getByText('Northwind Health')).toBeInTheDocument();
    await userEvent.click(await within(table).findByRole('button', { name: 'Correct…' }));
    const input = screen.getByRole('textbox', { name: 'New arrMinor' });
    expect(input).toHaveValue('-5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).not.toHaveTextContent(/^$/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await db.outbox.count()).toBe(0);

    await userEvent.clear(input);
    await userEvent.type(input, '250000{Enter}');
    await waitFor(async () => expect(await db.rejections.count()).toBe(0));
    expect((await db.accounts.get(id))?.arrMinor).toBe(250_000);
    const [edit] = await db.outbox.toArray();
    expect(edit?.fields).toEqual({ arrMinor: { value: 250_000, base: 0 } });
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Rejected edits' })).not.toBeInTheDocument());
  });

  it('offers no correction when the record is gone, only copy and dismiss', async () => {
    await db.rejections.clear();
    await db.rejections.add({ entity: 'accounts', recordId: 'gone-id', field: 'name', reason: 'forbidden', message: 'not yours', typed: 'Mine', at: '2026-11-23T09:00:00.000Z' });
    render(<ConflictsInbox myUserId="u1" />);
    const table = await screen.findByRole('table', { name: 'Rejected edits' });
    await within(table).findByText('(the record is gone)');
    expect(within(table).queryByRole('button', { name: 'Correct…' })).not.toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect(await db.rejections.count()).toBe(0));
  });

  it('lists records set aside and edits waiting for the clock, saying nothing is lost', async () => {
    await db.rejections.clear();
    await db.setAside.put({ entity: 'accounts', id: 'incomplete-1', record: { tags: ['x'] }, problem: 'it has no name', at: '2026-11-28T09:00:00.000Z' });
    await db.held.add({ hlc: '2027-11-28T09:00:00.000Z-0000-0123456789abcdef', entity: 'accounts', id: 'a1', space: 'team', fields: { name: { value: 'X', base: 0 } }, reason: 'clock_skew' });
    render(<ConflictsInbox myUserId="u1" />);
    const table = await screen.findByRole('table', { name: 'Records set aside' });
    expect(within(table).getByText('it has no name')).toBeInTheDocument();
    expect(screen.getByText(/1 edit waits for this device's clock/)).toBeInTheDocument();
    await db.setAside.clear();
    await db.held.clear();
  });
});
