import { useEffect } from 'react';
import { onOutboxChange, readOutbox } from '../db/queries/outbox';
import { bridge } from '../lib/bridge';
import { startOutboxMirror } from './outbox-mirror';

/** In the desktop app, keeps a file copy of the unsynced edits, refreshed 2 s after the outbox changes. */
export function useOutboxMirror(): void {
  useEffect(() => {
    if (bridge.host !== 'electron') return;
    return startOutboxMirror({ read: () => readOutbox(), onChange: (listener) => onOutboxChange(listener) }, (snapshot) => bridge.mirrorOutbox(snapshot));
  }, []);
}
