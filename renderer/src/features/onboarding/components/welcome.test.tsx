// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../db/instance';
import { Welcome } from './welcome';

describe('welcome', () => {
  it('loads the sample portfolio with a progress bar, through the data layer', async () => {
    const onLoaded = vi.fn();
    render(<Welcome onStartEmpty={() => undefined} onLoaded={onLoaded} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load a sample portfolio' }));
    expect(await screen.findByRole('progressbar', { name: 'Loading the sample portfolio' })).toBeInTheDocument();
    await waitFor(() => expect(onLoaded).toHaveBeenCalled(), { timeout: 15_000 });
    expect(await db.accounts.count()).toBe(60);
    expect(await db.outbox.count()).toBeGreaterThan(60);
  });

  it('starts empty when asked', async () => {
    const onStartEmpty = vi.fn();
    render(<Welcome onStartEmpty={onStartEmpty} onLoaded={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(onStartEmpty).toHaveBeenCalled();
  });
});
