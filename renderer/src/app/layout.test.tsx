// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '../lib/navigation';
import { useNavigation } from '../lib/navigation';
import { Layout } from './layout';

// A screen that breaks on a bad record, like Accounts did on an incomplete synced account.
vi.mock('./screen', () => ({
  Screen: ({ route }: { route: Route }) => {
    if (route.section === 'accounts') throw new TypeError("Cannot read properties of undefined (reading 'slice')");
    return <h1>{route.section} works</h1>;
  },
}));

beforeEach(() => {
  useNavigation.setState({ route: { section: 'today' } });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a screen that fails', () => {
  it('shows a calm card in that screen while the sidebar and other screens keep working', async () => {
    render(<Layout />);
    const sidebar = screen.getByRole('navigation', { name: 'Sections' });
    await userEvent.click(within(sidebar).getByRole('button', { name: /Accounts/ }));
    // Other live regions (the toaster) are alerts too: find the screen's card among them.
    await screen.findByText('This screen hit a problem');
    const card = screen.getAllByRole('alert').find((el) => el.textContent?.includes('This screen hit a problem'));
    expect(card).toBeDefined();
    expect(card?.textContent).toContain("Cannot read properties of undefined (reading 'slice')");
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Commitments/ }));
    expect(screen.getByRole('heading', { name: 'commitments works' })).toBeInTheDocument();
    expect(screen.queryByText('This screen hit a problem')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: /Accounts/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Go to Today' }));
    expect(screen.getByRole('heading', { name: 'today works' })).toBeInTheDocument();
  });

  it('copies the details for a bug report', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useNavigation.setState({ route: { section: 'accounts' } });
    render(<Layout />);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy details' }));
    expect(await screen.findByText(/^Copied/)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/Screen: Accounts[\s\S]*TypeError: Cannot read properties/));
  });
});
