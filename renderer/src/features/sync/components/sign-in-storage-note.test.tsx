// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SignInStorage } from '../../../../../shared/bridge';
import { SignInStorageNote } from './sign-in-storage-note';
import { SyncPanel } from './sync-panel';

const host = vi.hoisted(() => {
  let storage: SignInStorage = { protection: 'fixed-key', memoryOnly: false, canChooseMemoryOnly: true };
  return {
    signInStorage: async () => storage,
    setMemoryOnly: async (memoryOnly: boolean): Promise<SignInStorage> => {
      storage = { ...storage, memoryOnly, protection: memoryOnly ? 'memory' : 'fixed-key' };
      return storage;
    },
  };
});
vi.mock('../../../lib/bridge', () => ({ bridge: { host: 'electron', server: host } }));

describe('where the sign-in is kept', () => {
  it('says so honestly when Linux has no keyring, and keeps it in memory only on request', async () => {
    render(<SignInStorageNote />);
    expect(await screen.findByText(/no keyring running/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Keep my sign-in in memory only/ }));
    expect(await screen.findByText(/kept in memory only: nothing is saved on disk/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Keep my sign-in in memory only/ })).toBeChecked();
  });
});

describe('the sign-in form', () => {
  it('warns about plain http to another computer, not to this one', async () => {
    render(<SyncPanel />);
    const address = screen.getByRole('textbox', { name: 'Server address' });
    expect(screen.queryByText(/plain http:\/\//)).toBeNull();
    await userEvent.clear(address);
    await userEvent.type(address, 'http://crm.example.com:8787');
    expect(address).toHaveAccessibleDescription(/plain http:\/\/, so your password and your team's data would cross the network unencrypted/);
    await userEvent.clear(address);
    await userEvent.type(address, 'https://crm.example.com');
    expect(screen.queryByText(/plain http:\/\//)).toBeNull();
  });
});
