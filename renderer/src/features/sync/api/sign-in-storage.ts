import { useCallback, useEffect, useState } from 'react';
import type { SignInStorage } from '../../../../../shared/bridge';
import { bridge } from '../../../lib/bridge';
import { reportProblem } from '../../../lib/error-report';

/** How the sign-in is kept on this device, and a way to keep it in memory only (null while asking the host). */
export function useSignInStorage(): { storage: SignInStorage | null; setMemoryOnly: (memoryOnly: boolean) => void } {
  const [storage, setStorage] = useState<SignInStorage | null>(null);
  useEffect(() => {
    let live = true;
    bridge.server.signInStorage().then((s) => { if (live) setStorage(s); }, (e: unknown) => reportProblem(e, 'Could not tell how your sign-in is kept'));
    return () => { live = false; };
  }, []);
  const setMemoryOnly = useCallback((memoryOnly: boolean) => {
    bridge.server.setMemoryOnly(memoryOnly).then(setStorage, (e: unknown) => reportProblem(e, 'Could not change where your sign-in is kept'));
  }, []);
  return { storage, setMemoryOnly };
}

/** What the user is told about where the sign-in is kept, in plain words. */
export function signInStorageText(storage: SignInStorage): string {
  switch (storage.protection) {
    case 'keychain':
      return "Your sign-in is kept on this computer, encrypted with the system's keychain.";
    case 'fixed-key':
      return "This computer has no keyring running, so your sign-in is saved with a key built into Rapport: anyone who can read your files could copy it. Keep it in memory only to avoid that.";
    case 'memory':
      return storage.canChooseMemoryOnly
        ? 'Your sign-in is kept in memory only: nothing is saved on disk, and you sign in again each time Rapport starts.'
        : 'This computer offers no encryption for saved sign-ins, so yours is kept in memory only: you sign in again each time Rapport starts.';
    case 'session':
      return 'In the browser, your sign-in lasts until this tab closes.';
  }
}
