import type { Account } from './account';
import type { AccountEventKind } from './account-event';
import { planCreate, planUpdate, type WritePlan } from './write-plan';

/** What a person records when a renewal date arrives: the customer renewed (at what value, until when) or left. */
export type RenewalInput =
  | { outcome: 'renewed'; newArrMinor: number; newRenewalDate: string | null; note: string }
  | { outcome: 'churned'; note: string };

/** The history kind of a renewal: a renewal at a lower value is a downgrade. */
export function renewalKind(account: Pick<Account, 'arrMinor'>, input: RenewalInput): AccountEventKind {
  if (input.outcome === 'churned') return 'churned';
  return input.newArrMinor < account.arrMinor ? 'downgraded' : 'renewed';
}

/** Why a renewal cannot be recorded as entered, in the user's words (null when it can). */
export function renewalProblem(account: Pick<Account, 'renewalDate'>, input: RenewalInput): string | null {
  if (input.outcome === 'churned') return null;
  if (!Number.isInteger(input.newArrMinor) || input.newArrMinor < 0) return 'Enter the new annual value (0 or more).';
  if (input.newRenewalDate && account.renewalDate && input.newRenewalDate <= account.renewalDate) return 'The next renewal date must be after the one being renewed.';
  return null;
}

/**
 * Recording a renewal outcome: the account takes its new value, next renewal date and stage, and the
 * outcome is kept as a history event with the amounts before and after (what retention, churn and
 * expansion figures are computed from).
 */
export function planRenewal(account: Account, input: RenewalInput, at: string, authorId: string | null, eventId: string): WritePlan {
  const kind = renewalKind(account, input);
  const base = { accountId: account.id, at, currency: account.currency, renewalDate: account.renewalDate, note: input.note, authorId, fromArrMinor: account.arrMinor };
  if (input.outcome === 'churned') {
    return [
      planUpdate('accounts', account.id, { lifecycleStage: 'churned' }, false),
      planCreate('accountEvents', eventId, { ...base, kind, toArrMinor: 0, fromStage: account.lifecycleStage, toStage: 'churned' }),
    ];
  }
  const stage = account.lifecycleStage === 'renewing' || account.lifecycleStage === 'at_risk' ? 'mature' : account.lifecycleStage;
  return [
    planUpdate('accounts', account.id, { arrMinor: input.newArrMinor, renewalDate: input.newRenewalDate, lifecycleStage: stage }, false),
    planCreate('accountEvents', eventId, { ...base, kind, toArrMinor: input.newArrMinor, fromStage: account.lifecycleStage, toStage: stage }),
  ];
}
