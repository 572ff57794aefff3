import { describe, expect, it } from 'vitest';
import { tripReadiness } from './trip-readiness';

const time = (iso: string) => iso.slice(11, 16);

describe('tripReadiness', () => {
  it('says the data is fully synced only when the last sync went through and nothing waits', () => {
    expect(tripReadiness({ state: 'idle', pending: 0, lastSyncAt: '2026-11-28T09:15:00Z' }, time)).toEqual({ tone: 'ok', message: 'All data is synced with the team server (last synced 09:15).' });
  });
  it('warns about unsent edits, counted', () => {
    expect(tripReadiness({ state: 'idle', pending: 1, lastSyncAt: '2026-11-28T09:15:00Z' }, time).message).toBe('1 change made on this device is not sent yet: sync before you leave so the team has them (last synced 09:15).');
    expect(tripReadiness({ state: 'idle', pending: 3, lastSyncAt: null }, time)).toMatchObject({ tone: 'warn', message: expect.stringMatching(/^3 changes .* \(never synced\)\.$/) });
  });
  it('warns when the server cannot be reached, and says nothing to check without a server', () => {
    expect(tripReadiness({ state: 'offline', pending: 2, lastSyncAt: '2026-11-27T18:00:00Z' }, time)).toEqual({ tone: 'warn', message: 'The team server cannot be reached (last synced 18:00); 2 changes made on this device are not sent yet: the packs may miss teammates’ latest changes.' });
    expect(tripReadiness({ state: 'local', pending: 5, lastSyncAt: null }, time).tone).toBe('info');
    expect(tripReadiness({ state: 'syncing', pending: 0, lastSyncAt: null }, time).tone).toBe('warn');
  });
});
