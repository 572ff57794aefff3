import { useEffect } from 'react';
import { dueAlerts } from '../../../shared/domain/due-alerts';
import { db } from '../db/instance';
import { readEscalationEvents, readOpenCommitments, readOpenEscalations } from '../db/open-work';
import { bridge } from '../lib/bridge';
import { createFailureReporter } from '../lib/error-report';
import { userZone } from '../lib/now';

const checkedKey = 'rapport.alertsCheckedAt';

/** Every minute, shows desktop notifications for commitments coming due and customer updates going overdue. */
export function useDueAlerts(): void {
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const now = Date.now();
      const last = Number(localStorage.getItem(checkedKey) ?? now);
      localStorage.setItem(checkedKey, String(now));
      const [commitments, escalations, accounts] = await Promise.all([readOpenCommitments(), readOpenEscalations(), db.accounts.toArray()]);
      const events = await readEscalationEvents(escalations.map((e) => e.id));
      const alerts = dueAlerts({ commitments, escalations, events, accountNames: new Map(accounts.map((a) => [a.id, a.name])), lastCheckedAt: last, now, zone: userZone });
      for (const alert of alerts) if (!stopped) await bridge.notify({ title: alert.title, body: alert.body });
    };
    const reporter = createFailureReporter('Could not check for commitments coming due (tried again every minute)');
    const run = () => void check().then(reporter.succeeded, reporter.failed);
    run();
    const timer = setInterval(run, 60_000);
    return () => { stopped = true; clearInterval(timer); };
  }, []);
}
