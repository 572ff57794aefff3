/**
 * Listens to the server's change notifications (GET /v1/sync/events, Server-Sent Events) with
 * fetch, because EventSource cannot send the bearer token. Calls `onChange` for every event and
 * returns a function that stops listening. Reconnects are left to the caller's sync loop.
 */
export function listenForChanges(baseUrl: string, token: string, onChange: () => void, fetchImpl: typeof fetch = fetch): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/v1/sync/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
      const reader = response.body?.getReader();
      if (!response.ok || !reader) return;
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        if (events.some((e) => e.split('\n').some((line) => line.startsWith('data:')))) onChange();
      }
    } catch {
      // Offline or aborted: the timer and the online event keep syncing.
    }
  })();
  return () => controller.abort();
}
