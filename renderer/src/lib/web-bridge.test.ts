// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from './web-bridge';

function eventStream(text: string): Response {
  const body = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new TextEncoder().encode(text)); c.close(); } });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('web mode\u2019s change notifications', () => {
  afterEach(() => { vi.unstubAllGlobals(); sessionStorage.clear(); });

  it('listens with the token kept in session storage and passes on each version', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => eventStream('retry: 3000\n\ndata: {"version": 3}\n\n'));
    vi.stubGlobal('fetch', fetchMock);
    const bridge = createWebBridge();
    await bridge.server.setToken({ token: 'web-token', baseUrl: 'http://127.0.0.1:8787' });
    const heard: { version: number }[] = [];
    const stop = bridge.server.listenForChanges('http://127.0.0.1:8787', (event) => heard.push(event));
    await vi.waitFor(() => expect(heard).toEqual([{ version: 3 }]));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:8787/v1/sync/events');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer web-token' });
    stop();
    expect(init?.signal?.aborted).toBe(true);
  });

  it('opens nothing when signed out', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const stop = createWebBridge().server.listenForChanges('http://127.0.0.1:8787', () => undefined);
    stop();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the token only to the server that issued it', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const bridge = createWebBridge();
    await bridge.server.setToken({ token: 'web-token', baseUrl: 'http://127.0.0.1:8787/' });
    await bridge.server.request({ baseUrl: 'http://127.0.0.1:8787', method: 'GET', path: '/v1/me' });
    await bridge.server.request({ baseUrl: 'http://attacker.example', method: 'GET', path: '/v1/me' });
    const headers = fetchMock.mock.calls.map(([, init]) => init?.headers);
    expect(headers[0]).toMatchObject({ authorization: 'Bearer web-token' });
    expect(headers[1]).not.toHaveProperty('authorization');
    expect(await bridge.server.hasToken()).toBe(true);
    await bridge.server.setToken(null);
    expect(await bridge.server.hasToken()).toBe(false);
  });
});
