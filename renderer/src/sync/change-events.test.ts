import { describe, expect, it, vi } from 'vitest';
import { listenForChanges } from './change-events';

function streamOf(chunks: string[]): Response {
  const encoder = new TextEncoder();
  return new Response(new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(encoder.encode(chunk)); c.close(); } }), { status: 200 });
}

describe('change notifications', () => {
  it('sends the token and calls back once per event, even when events arrive split across chunks', async () => {
    const onChange = vi.fn();
    const fetchImpl = vi.fn(async () => streamOf(['data: {"version": 4}\n', '\ndata: {"version":', ' 5}\n\n', ': keep-alive\n\n']));
    listenForChanges('http://127.0.0.1:8787/', 'tok', onChange, fetchImpl as unknown as typeof fetch);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange.mock.calls.map(([event]) => event)).toEqual([{ version: 4 }, { version: 5 }]);
    expect(fetchImpl).toHaveBeenCalledWith('http://127.0.0.1:8787/v1/sync/events', expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
  });

  it('stops the request when asked, and hears nothing from a refused one', async () => {
    const onChange = vi.fn();
    let signal: AbortSignal | undefined;
    const open = vi.fn(async (_url: string, init?: RequestInit) => { signal = init?.signal ?? undefined; return streamOf([]); });
    listenForChanges('http://127.0.0.1:8787', 'tok', onChange, open as unknown as typeof fetch)();
    expect(signal?.aborted).toBe(true);
    const refused = vi.fn(async () => new Response('data: {"version": 1}\n\n', { status: 401 }));
    listenForChanges('http://127.0.0.1:8787', 'old', onChange, refused as unknown as typeof fetch);
    await vi.waitFor(() => expect(refused).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 20));
    expect(onChange).not.toHaveBeenCalled();
  });
});
