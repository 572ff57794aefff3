import { useEffect } from 'react';
import { onOutboxChange, readOutbox } from '../db/queries/outbox';
import { bridge } from '../lib/bridge';

/** In the desktop app, keeps a file copy of the unsynced edits, refreshed 2 s after the outbox changes. */
export function useOutboxMirror(): void {
  useEffect(() => {
    if (bridge.host !== 'electron') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const mirror = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void readOutbox().then((entries) => bridge.mirrorOutbox(JSON.stringify(entries))).catch(() => undefined), 2000);
    };
    const unsubscribe = onOutboxChange(mirror);
    mirror();
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
