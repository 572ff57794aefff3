// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WorklistItem } from '../api/use-worklist';
import { Worklist } from './worklist';

const item = (accountId: string, name: string, reason: string): WorklistItem => ({
  accountId, arrMinor: 50_000_00, score: 40, rank: 1, snoozed: null,
  alerts: [{ rule: 'going_quiet', reason, urgency: 3 }],
  health: { accountId, name, arrMinor: 50_000_00, currency: 'USD', deleted: false, score: 40, band: 'at_risk', drivers: [], alerts: [] },
});

describe('Today worklist', () => {
  it('shows each account with its reasons, and acts on the focused row with one key', async () => {
    const onAction = vi.fn();
    const onOpen = vi.fn();
    render(<Worklist items={[item('a1', 'Alpine Bank', 'Gone quiet: no touch for 40 days'), item('a2', 'Cronus Freight', 'Detractor: NPS 2')]} snoozed={[]} today="2026-11-22" onOpen={onOpen} onAction={onAction} />);
    const first = screen.getByRole('listitem', { name: 'Alpine Bank' });
    expect(within(first).getByRole('list', { name: 'Why Alpine Bank' })).toHaveTextContent('Gone quiet: no touch for 40 days');
    expect(within(first).getByText('40 · At risk')).toBeInTheDocument();
    first.focus();
    await userEvent.keyboard('c');
    expect(onAction).toHaveBeenLastCalledWith('call', 'a1');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('listitem', { name: 'Cronus Freight' })).toHaveFocus();
    await userEvent.keyboard('e');
    expect(onAction).toHaveBeenLastCalledWith('escalation', 'a2');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('a2');
  });

  it('snoozes with a reason and a date; without a reason it says why not', async () => {
    localStorage.clear();
    render(<Worklist items={[item('a1', 'Alpine Bank', 'Gone quiet')]} snoozed={[]} today="2026-11-22" onOpen={vi.fn()} onAction={vi.fn()} />);
    screen.getByRole('listitem', { name: 'Alpine Bank' }).focus();
    await userEvent.keyboard('s');
    const dialog = screen.getByRole('dialog', { name: 'Snooze Alpine Bank' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Say why');
    await userEvent.type(within(dialog).getByLabelText('Why'), 'Champion on leave');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Snooze' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('rapport.snoozes') ?? '{}')).toEqual({ a1: { until: '2026-11-29', reason: 'Champion on leave' } });
  });
});
