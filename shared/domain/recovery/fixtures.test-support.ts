import type { Account } from '../account';
import type { Contact } from '../contact';
import { newRecordFields } from '../record-defaults';
import type { RecoveryProgram, RecoveryTarget } from '../recovery';

/** A program for tests: incident at 08:00 on 28 Nov 2026, outreach due 48 h later. */
export function testProgram(patch: Partial<RecoveryProgram> = {}): RecoveryProgram {
  return {
    id: 'prog', ...newRecordFields('recoveryPrograms', {
      title: 'EU payments outage', startedAt: '2026-11-28T08:00:00.000Z', outreachDeadline: '2026-11-30T08:00:00.000Z',
    }, '2026-11-28T08:00:00.000Z'), ...patch,
  };
}

/** A target for tests in program "prog". */
export function testTarget(accountId: string, patch: Partial<RecoveryTarget> = {}): RecoveryTarget {
  return { id: `t-${accountId}`, ...newRecordFields('recoveryTargets', { programId: 'prog', accountId }, '2026-11-28T08:00:00.000Z'), ...patch };
}

/** An account for tests. */
export function testAccount(id: string, patch: Partial<Account> = {}): Account {
  return { id, ...newRecordFields('accounts', { name: `Account ${id}`, arrMinor: 1_200_000 }, '2026-01-01T00:00:00.000Z'), ...patch };
}

/** A stakeholder for tests. */
export function testContact(id: string, patch: Partial<Contact> = {}): Contact {
  return { id, ...newRecordFields('contacts', { accountId: 'a1', name: 'Dana Park', email: 'dana@example.com' }, '2026-01-01T00:00:00.000Z'), ...patch };
}
