import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../../db/instance';
import { readSession } from '../../../lib/server-session';

const startedEmptyKey = 'rapport.startedEmpty';

/**
 * Whether to greet the user: decided once when the database is first read (no accounts and they
 * have not chosen to start empty), and kept until they finish choosing — so the greeting stays up
 * while the sample portfolio is being written.
 */
export function useFirstRun(): { loading: boolean; firstRun: boolean; finish: () => void; startEmpty: () => void } {
  const accountCount = useLiveQuery(() => db.accounts.count(), []);
  const [greeting, setGreeting] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (greeting === undefined && accountCount !== undefined) {
      // A device signed in to a team gets the team's portfolio by syncing: no greeting.
      setGreeting(accountCount === 0 && localStorage.getItem(startedEmptyKey) !== 'yes' && readSession() === null);
    }
  }, [accountCount, greeting]);
  return {
    loading: greeting === undefined,
    firstRun: greeting === true,
    finish: () => setGreeting(false),
    startEmpty: () => {
      localStorage.setItem(startedEmptyKey, 'yes');
      setGreeting(false);
    },
  };
}
