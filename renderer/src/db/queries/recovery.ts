import { db } from '../instance';
import { readActiveRecoveryIn, type ActiveRecovery } from './open-work-reads';

/** The active recovery programs, their live targets and the survey answers of accounts sent a follow-up survey (what reminders look at). */
export function readActiveRecovery(): Promise<ActiveRecovery> {
  return readActiveRecoveryIn(db);
}
