// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newRecordFields } from '../../../../../shared/domain/record-defaults';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data } from '../../../db/instance';
import { CommandPalette } from './command-palette';

function setup() {
  const ran: string[] = [];
  const onClose = vi.fn();
  const commands = ['Today', 'Accounts', 'Escalations'].map((label) => ({ id: label, label: `Go to ${label}`, run: () => ran.push(label) }));
  render(<CommandPalette commands={commands} onClose={onClose} />);
  return { ran, onClose };
}

describe('command palette', () => {
  it('filters as you type and runs the highlighted command on Enter', async () => {
    const { ran, onClose } = setup();
    const input = screen.getByRole('combobox', { name: /type a command/i });
    expect(input).toHaveFocus();
    await userEvent.type(input, 'esc');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Go to Escalations']);
    await userEvent.keyboard('{Enter}');
    expect(ran).toEqual(['Escalations']);
    expect(onClose).toHaveBeenCalled();
  });

  it('moves the selection with the arrow keys', async () => {
    const { ran } = setup();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Go to Accounts');
    await userEvent.keyboard('{Enter}');
    expect(ran).toEqual(['Accounts']);
  });

  it('closes on Escape and says when nothing matches', async () => {
    const { onClose, ran } = setup();
    await userEvent.type(screen.getByRole('combobox'), 'zzz');
    expect(screen.getByRole('option')).toHaveTextContent('Nothing matches');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
    expect(ran).toEqual([]);
  });

  it('finds accounts, stakeholders, commitments and escalations by name, the exact match first', async () => {
    const { accounts, contacts, commitments } = generatePortfolio({ accounts: 3 });
    await data.createMany('accounts', accounts.map((a, i) => ({ ...a, name: ['Harbor Freight Lines', 'Harbor', 'Northwind'][i]! })));
    await data.createMany('contacts', contacts.slice(0, 1).map((c) => ({ ...c, name: 'Ana Harbor' })));
    await data.createMany('commitments', commitments.slice(0, 1).map((c) => ({ ...c, title: 'Send Harbor the roadmap', deleted: false })));
    await data.create('escalations', newRecordFields('escalations', { accountId: accounts[0]!.id, title: 'Harbor invoices wrong', severity: 'S2', departments: ['billing'] }, new Date().toISOString()));
    setup();
    await userEvent.type(screen.getByRole('combobox'), 'harbor');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toHaveLength(5));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('HarborAccount');
    expect(options.slice(1).sort()).toEqual(['Ana HarborStakeholder', 'Harbor Freight LinesAccount', 'Harbor invoices wrongEscalation', 'Send Harbor the roadmapCommitment']);
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Harbor');
  });
});
