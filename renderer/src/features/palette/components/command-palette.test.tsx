// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
    expect(screen.getByRole('option')).toHaveTextContent('No command or account matches');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
    expect(ran).toEqual([]);
  });
});
