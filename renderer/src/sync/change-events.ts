import { readChangeStream } from '../../../shared/sync/change-stream';
import type { ChangeEvent } from '../../../shared/sync/protocol';

/**
 * Listens to the server's change notifications (GET /v1/sync/events, Server-Sent Events) with
 * fetch, because EventSource cannot send the bearer token. Calls `onChange` with every event and
 * returns a function that stops listening. Reconnects are left to the caller's sync loop.
 */
export function listenForChanges(baseUrl: string, token: string, onChange: (event: ChangeEvent) => void, fetchImpl: typeof fetch = fetch): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/v1/sync/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
      const reader = response.body?.getReader();
      if (!response.ok || !reader) return;
      const decoder = new TextDecoder();
      await readChangeStream(reader, (bytes) => decoder.decode(bytes, { stream: true }), onChange);
    } catch {
      // Offline or stopped: the timer and the online event keep syncing.
    }
  })();
  return () => controller.abort();
}
