import { useEffect } from 'react';
import { startDueAlertChecker } from '../db/alerts/due-alerts-client';
import { bridge } from '../lib/bridge';
import { createFailureReporter } from '../lib/error-report';
import { useUpdateCadence } from '../lib/cadence-settings';
import { activeDatabaseName } from '../lib/server-session';
import { useMe } from '../lib/me';
import { userZone } from '../lib/now';

const checkedKey = 'rapport.alertsCheckedAt';
/** The first check waits until the first screen has loaded its data: it reads the same tables. */
const firstCheckDelayMs = 5_000;

/**
 * Every minute, shows desktop notifications for commitments coming due, customer updates and recovery
 * outreach going overdue. The reads and rules run in the due-alert worker; only the notifications are shown here.
 */
export function useDueAlerts(): void {
  useEffect(() => {
    let stopped = false;
    const checker = startDueAlertChecker();
    const dbName = activeDatabaseName();
    const check = async () => {
      const now = Date.now();
      const last = Number(localStorage.getItem(checkedKey) ?? now);
      localStorage.setItem(checkedKey, String(now));
      const alerts = await checker.check({
        dbName, lastCheckedAt: last, now, zone: userZone, myMemberId: useMe.getState().memberId, cadence: useUpdateCadence.getState().cadence,
      });
      for (const alert of alerts) if (!stopped) await bridge.notify({ title: alert.title, body: alert.body });
    };
    const reporter = createFailureReporter('Could not check for commitments coming due (tried again every minute)');
    const run = () => void check().then(reporter.succeeded, reporter.failed);
    const first = setTimeout(run, firstCheckDelayMs);
    const timer = setInterval(run, 60_000);
    return () => { stopped = true; clearTimeout(first); clearInterval(timer); checker.stop(); };
  }, []);
}
