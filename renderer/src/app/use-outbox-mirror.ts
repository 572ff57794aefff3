import { useEffect } from 'react';
import { db } from '../db/instance';
import { bridge } from '../lib/bridge';

/** In the desktop app, keeps a file copy of the unsynced edits, refreshed 2 s after the outbox changes. */
export function useOutboxMirror(): void {
  useEffect(() => {
    if (bridge.host !== 'electron') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const mirror = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void db.outbox.toArray().then((entries) => bridge.mirrorOutbox(JSON.stringify(entries))).catch(() => undefined), 2000);
    };
    db.outbox.hook('creating', mirror);
    db.outbox.hook('deleting', mirror);
    mirror();
    return () => {
      if (timer) clearTimeout(timer);
      db.outbox.hook('creating').unsubscribe(mirror);
      db.outbox.hook('deleting').unsubscribe(mirror);
    };
  }, []);
}
