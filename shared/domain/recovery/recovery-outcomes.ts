import type { Account } from '../account';
import { sumByCurrency, type MoneyTotals } from '../money';
import type { RecoveryImpact, RecoveryOutcome, RecoveryProgram, RecoveryTarget } from '../recovery';
import { programProgress, type ProgramProgress } from './recovery-rules';

/** What a program came to: reach, impact, credits and retention of the affected accounts. */
export type OutcomeSummary = {
  progress: ProgramProgress;
  /** Accounts per impact; `unknown` = not assessed yet. */
  impact: Record<RecoveryImpact | 'unknown', number>;
  /** Service credits agreed, per currency. */
  credits: MoneyTotals;
  /** Accounts per outcome; `open` = no outcome yet. */
  outcomes: Record<RecoveryOutcome | 'open', number>;
  /** Retained or reduced among accounts with an outcome (null before any outcome). */
  logoRetention: number | null;
  /** ARR of the affected accounts, per currency, and the part of it on accounts that churned. */
  affectedArr: MoneyTotals;
  churnedArr: MoneyTotals;
};

/** Sums up a program's targets (deleted ones left out) against the accounts they point to. */
export function outcomeSummary(program: RecoveryProgram, targets: readonly RecoveryTarget[], accounts: ReadonlyMap<string, Account>, now: string): OutcomeSummary {
  const live = targets.filter((t) => !t.deleted && t.programId === program.id);
  const impact = { none: 0, minor: 0, major: 0, unknown: 0 };
  const outcomes = { retained: 0, reduced: 0, churned: 0, open: 0 };
  for (const t of live) {
    impact[t.impact ?? 'unknown'] += 1;
    outcomes[t.outcome ?? 'open'] += 1;
  }
  const decided = outcomes.retained + outcomes.reduced + outcomes.churned;
  const arrOf = (t: RecoveryTarget) => {
    const a = accounts.get(t.accountId);
    return { minor: a?.arrMinor ?? 0, currency: a?.currency ?? 'USD' };
  };
  return {
    progress: programProgress(program, live, now),
    impact,
    credits: sumByCurrency(live.filter((t) => t.creditMinor > 0), (t) => ({ minor: t.creditMinor, currency: t.creditCurrency })),
    outcomes,
    logoRetention: decided === 0 ? null : (outcomes.retained + outcomes.reduced) / decided,
    affectedArr: sumByCurrency(live, arrOf),
    churnedArr: sumByCurrency(live.filter((t) => t.outcome === 'churned'), arrOf),
  };
}
