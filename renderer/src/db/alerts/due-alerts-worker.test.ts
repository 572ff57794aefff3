import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultUpdateCadence } from '../../../../shared/domain/escalation-rules';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { data, db } from '../instance';
import type { DueAlertReply, DueAlertRequest } from './due-alert-check';
import { startDueAlertChecker } from './due-alerts-client';

afterAll(async () => {
  db.close();
  await db.delete();
});

const at = '2026-11-20T10:00:00.000Z';
/** One minute's window in which my reminder falls and the S1 escalation's first customer update (due 24 h after opening) goes overdue. */
const window = { dbName: db.name, lastCheckedAt: Date.parse('2026-11-21T09:59:40.000Z'), now: Date.parse('2026-11-21T10:00:30.000Z'), zone: 'UTC', myMemberId: 'me', cadence: defaultUpdateCadence };

async function seed(): Promise<void> {
  const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Alerted Co' }, at));
  const remindAt = '2026-11-21T10:00:00.000Z';
  await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Send the new SLA', ownerId: 'me', dueDate: '2026-12-20', remindAt }, at));
  await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Ben sends the invoice', ownerId: 'ben', dueDate: '2026-12-20', remindAt }, at));
  await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Sync down', severity: 'S1', openedAt: at }, at));
}

describe('due alerts off the main thread', () => {
  it('the worker reads the open work from its own connection and posts only the alerts to show', async () => {
    await seed();
    const posted: DueAlertReply[] = [];
    const scope: { onmessage: ((e: { data: DueAlertRequest }) => void) | null; postMessage: (r: DueAlertReply) => void } = { onmessage: null, postMessage: (r) => posted.push(r) };
    // The worker's global scope, as a test double: the module installs its handler on `self`.
    vi.stubGlobal('self', scope);
    try {
      await import('./due-alerts.worker');
      scope.onmessage?.({ data: { type: 'check', requestId: 7, ...window } });
      await vi.waitFor(() => expect(posted).toHaveLength(1), { timeout: 10_000 });
    } finally {
      vi.unstubAllGlobals();
    }

    const reply = posted[0];
    expect(reply?.type).toBe('alerts');
    const alerts = reply?.type === 'alerts' ? reply.alerts : [];
    expect(reply?.requestId).toBe(7);
    expect(alerts.map((a) => [a.title, a.body])).toEqual(expect.arrayContaining([['Reminder', 'Send the new SLA'], ['Customer update overdue (S1)', expect.stringContaining('Alerted Co')]]));
    // Ben's reminder is his, not mine.
    expect(alerts.some((a) => a.body.includes('Ben sends'))).toBe(false);
    expect(alerts).toHaveLength(2);

    // The checker the app uses answers the same (in-process here, where there is no Worker), and nothing in the next minute.
    const checker = startDueAlertChecker();
    expect(await checker.check(window)).toEqual(alerts);
    expect(await checker.check({ ...window, lastCheckedAt: window.now, now: window.now + 60_000 })).toEqual([]);
    checker.stop();
  });

  it('tells a failed check in words, and answers the next one', async () => {
    const checker = startDueAlertChecker();
    await expect(checker.check({ ...window, zone: 'Not/AZone' })).rejects.toThrow(/./);
    expect(await checker.check({ ...window, lastCheckedAt: window.now, now: window.now + 60_000 })).toEqual([]);
    checker.stop();
  });
});
