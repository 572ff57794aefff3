import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../../../shared/domain/account';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import type { Contact } from '../../../../../shared/domain/contact';
import type { Escalation } from '../../../../../shared/domain/escalation';
import type { RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import type { SurveyResponse } from '../../../../../shared/domain/survey-response';
import { readAccountRows } from '../../../db/queries/account-rows';
import { db } from '../../../db/instance';
import { userZone } from '../../../lib/now';

/** Every live program with its targets, and the survey answers of accounts sent a follow-up survey; undefined while loading. */
export type ProgramsView = { programs: RecoveryProgram[]; targets: RecoveryTarget[]; responsesByAccount: Map<string, SurveyResponse[]> };

/** Reads the live recovery programs (newest incident first), their targets and the surveyed accounts' answers. */
export function useRecoveryPrograms(): ProgramsView | undefined {
  return useLiveQuery(async () => {
    const [programs, all] = await Promise.all([db.recoveryPrograms.toArray(), db.recoveryTargets.toArray()]);
    const targets = all.filter((t) => !t.deleted);
    const surveyed = [...new Set(targets.filter((t) => t.surveyRequestedAt !== null).map((t) => t.accountId))];
    const responses = surveyed.length === 0 ? [] : await db.surveyResponses.where('accountId').anyOf(surveyed).toArray();
    const responsesByAccount = new Map<string, SurveyResponse[]>();
    for (const r of responses) if (!r.deleted) responsesByAccount.set(r.accountId, [...(responsesByAccount.get(r.accountId) ?? []), r]);
    return { programs: programs.filter((p) => !p.deleted).sort((a, b) => b.startedAt.localeCompare(a.startedAt)), targets, responsesByAccount };
  }, []);
}

/** One program with what its page shows: targets, their accounts, stakeholders, escalations and survey answers. */
export type ProgramView = {
  program: RecoveryProgram;
  targets: RecoveryTarget[];
  accounts: Map<string, Account>;
  contactsByAccount: Map<string, Contact[]>;
  escalationsByAccount: Map<string, Escalation[]>;
  /** Each affected account's survey answers (for the follow-up survey). */
  responsesByAccount: Map<string, SurveyResponse[]>;
};

/** Reads one program; null when it does not exist, undefined while loading. */
export function useRecoveryProgram(id: string): ProgramView | null | undefined {
  return useLiveQuery(async () => {
    const program = await db.recoveryPrograms.get(id);
    if (!program || program.deleted) return null;
    const targets = (await db.recoveryTargets.where('programId').equals(id).toArray()).filter((t) => !t.deleted);
    const accountIds = [...new Set(targets.map((t) => t.accountId))];
    const [accounts, contacts, escalations, responses] = await Promise.all([
      db.accounts.bulkGet(accountIds),
      db.contacts.where('accountId').anyOf(accountIds).toArray(),
      db.escalations.where('accountId').anyOf(accountIds).toArray(),
      db.surveyResponses.where('accountId').anyOf(accountIds).toArray(),
    ]);
    const group = <T extends { accountId: string; deleted: boolean }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) if (!row.deleted) map.set(row.accountId, [...(map.get(row.accountId) ?? []), row]);
      return map;
    };
    return {
      program,
      targets,
      accounts: new Map(accounts.filter((a): a is Account => a !== undefined).map((a) => [a.id, a])),
      contactsByAccount: group(contacts),
      escalationsByAccount: group(escalations),
      responsesByAccount: group(responses),
    };
  }, [id]);
}

/** The portfolio's rows, for choosing affected accounts by filter; undefined while loading. */
export function useSelectableAccounts(): AccountRow[] | undefined {
  return useLiveQuery(() => readAccountRows(Date.now(), userZone), []);
}
