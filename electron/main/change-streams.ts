import type { ChangeEvent } from '../../shared/sync/protocol';
import { readChangeStream } from '../../shared/sync/change-stream';

/** The window that asked for change events, as far as forwarding needs it (Electron's webContents). */
export type EventReceiver = {
  id: number;
  send: (channel: string, event: ChangeEvent) => void;
  isDestroyed: () => boolean;
  once: (event: 'destroyed', listener: () => void) => void;
};

/** The change-event streams the main process keeps open for its windows. */
export type ChangeStreams = {
  /** Opens (or reopens) the stream of a window's server; events go to `channel` of that window. */
  start: (receiver: EventReceiver, baseUrl: string) => void;
  /** Closes a window's stream. */
  stop: (receiver: EventReceiver) => void;
  /** Closes every stream (signing out). */
  stopAll: () => void;
};

/**
 * Streams the team server's change notifications (GET /v1/sync/events) to windows, with the token
 * that only this process holds (and only to the server that issued it), so the desktop app pulls
 * at once when a teammate's change lands. One stream per window; a stream ends when its window goes, when asked, or at sign-out; the
 * renderer's sync loop asks again when the network comes back.
 */
export function createChangeStreams(tokenFor: (baseUrl: string) => string | null, channel: string, fetchImpl: typeof fetch): ChangeStreams {
  const open = new Map<number, AbortController>();
  // Windows already watched for 'destroyed': one listener each, however often they reconnect.
  const watched = new Set<number>();
  const stop = (receiver: EventReceiver) => {
    open.get(receiver.id)?.abort();
    open.delete(receiver.id);
  };
  return {
    start(receiver, baseUrl) {
      stop(receiver);
      const token = tokenFor(baseUrl);
      if (!token || receiver.isDestroyed()) return;
      const controller = new AbortController();
      open.set(receiver.id, controller);
      if (!watched.has(receiver.id)) {
        watched.add(receiver.id);
        receiver.once('destroyed', () => { watched.delete(receiver.id); stop(receiver); });
      }
      void (async () => {
        try {
          const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/v1/sync/events`, {
            headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal,
          });
          const reader = response.body?.getReader();
          if (!response.ok || !reader) return;
          const decoder = new TextDecoder();
          await readChangeStream(reader, (bytes) => decoder.decode(bytes, { stream: true }), (event) => {
            if (!receiver.isDestroyed() && !controller.signal.aborted) receiver.send(channel, event);
          });
        } catch {
          // Offline, stopped or signed out: the window's sync loop carries on with its timer.
        } finally {
          if (open.get(receiver.id) === controller) open.delete(receiver.id);
        }
      })();
    },
    stop,
    stopAll() {
      for (const controller of open.values()) controller.abort();
      open.clear();
    },
  };
}
