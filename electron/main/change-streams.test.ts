import { describe, expect, it, vi } from 'vitest';
import { createChangeStreams, type EventReceiver } from './change-streams';
import { createTokenVault } from './server-client';

const receiver: EventReceiver = { id: 1, send: vi.fn(), isDestroyed: () => false, once: vi.fn() };

describe('change streams and the bound token', () => {
  it('opens a stream with the token only to the server that issued it', async () => {
    const vault = createTokenVault({ isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' }, { read: () => null, write: () => undefined, remove: () => undefined });
    vault.write({ token: 'tok', baseUrl: 'https://sync.example.com' });
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => new Response('', { status: 204 }));
    const streams = createChangeStreams((baseUrl) => vault.tokenFor(baseUrl), 'events', fetchImpl as unknown as typeof fetch);
    streams.start(receiver, 'https://attacker.example');
    expect(fetchImpl).not.toHaveBeenCalled();
    streams.start(receiver, 'https://sync.example.com');
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    expect(fetchImpl.mock.calls[0]?.[1]?.headers).toMatchObject({ authorization: 'Bearer tok' });
    streams.stopAll();
  });
});
