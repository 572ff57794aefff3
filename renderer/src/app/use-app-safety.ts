import { useEffect } from 'react';
import { watchAppDatabaseLoss } from '../db/database-replaced';
import { reportProblem } from '../lib/error-report';
import { watchGlobalErrors } from '../lib/global-errors';
import { useReloadNotice } from '../lib/reload-notice';

const lostMessages = {
  'upgraded-elsewhere': 'Rapport was updated in another window. Reload this one to carry on: your saved work is kept.',
  'deleted-elsewhere': "Rapport's data on this device was removed from another window. Reload to start again.",
};

/** Tells the user about failures no screen is waiting for, and asks for a reload when the database is taken by another window. */
export function useAppSafety(): void {
  useEffect(() => {
    const stopErrors = watchGlobalErrors(window, (error) => reportProblem(error, 'Something went wrong in the background'));
    const stopLoss = watchAppDatabaseLoss((why) => useReloadNotice.getState().show(lostMessages[why]));
    return () => { stopErrors(); stopLoss(); };
  }, []);
}
