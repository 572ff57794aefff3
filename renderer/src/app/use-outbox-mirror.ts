import { useEffect } from 'react';
import { db } from '../db/instance';
import { bridge } from '../lib/bridge';
import { startOutboxMirror } from './outbox-mirror';

/** In the desktop app, keeps a file copy of the unsynced edits, refreshed 2 s after the outbox changes. */
export function useOutboxMirror(): void {
  useEffect(() => {
    if (bridge.host !== 'electron') return;
    return startOutboxMirror(db, (snapshot) => bridge.mirrorOutbox(snapshot));
  }, []);
}
