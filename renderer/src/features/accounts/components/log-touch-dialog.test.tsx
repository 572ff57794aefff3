// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { LogTouchDialog } from './log-touch-dialog';

describe('log a touch, then flag an opportunity from it', () => {
  it('offers the follow-on only when the app provides it, and hands over the account and summary after saving', async () => {
    const { accounts } = generatePortfolio({ accounts: 1 });
    await data.createMany('accounts', accounts);
    const plain = render(<LogTouchDialog accountId={accounts[0]!.id} onClose={() => undefined} />);
    await screen.findByLabelText('Summary');
    expect(screen.queryByLabelText('Flag an expansion opportunity from this touch')).toBeNull();
    plain.unmount();

    const onFlag = vi.fn();
    render(<LogTouchDialog accountId={accounts[0]!.id} onClose={() => undefined} onFlagOpportunity={onFlag} />);
    await userEvent.type(await screen.findByLabelText('Summary'), 'Wants analytics for the finance team');
    await userEvent.click(screen.getByLabelText('Flag an expansion opportunity from this touch'));
    await userEvent.click(screen.getByRole('button', { name: 'Log touch' }));
    await waitFor(() => expect(onFlag).toHaveBeenCalledWith({ accountId: accounts[0]!.id, summary: 'Wants analytics for the finance team' }));
    expect(await db.touches.count()).toBe(1);
  });
});
