import { useLiveQuery } from 'dexie-react-hooks';
import { rescuingResponse } from '../../../../../shared/domain/closed-loop';
import type { Account } from '../../../../../shared/domain/account';
import type { SurveyFollowUp } from '../../../../../shared/domain/survey-follow-up';
import type { SurveyResponse } from '../../../../../shared/domain/survey-response';
import { db } from '../../../db/instance';

/** An account as the survey screens show it. */
export type SurveyAccount = Pick<Account, 'id' | 'name' | 'segment' | 'ownerId' | 'lifecycleStage' | 'deleted' | 'surveyCadenceDays'>;

/** Everything the Surveys screen shows; undefined while loading. */
export type SurveysView = {
  responses: SurveyResponse[]; followUps: SurveyFollowUp[]; accounts: SurveyAccount[];
  accountNames: Map<string, string>; contactNames: Map<string, string>; memberNames: Map<string, string>;
};

const withTheme = (r: SurveyResponse): SurveyResponse => ({ ...r, theme: r.theme ?? '' });

/** Survey answers (newest first), follow-ups, accounts and the names the lists show. */
export function useSurveys(): SurveysView | undefined {
  return useLiveQuery(async () => {
    const [responses, followUps, accounts, contacts, members] = await Promise.all([
      db.surveyResponses.toArray(), db.surveyFollowUps.toArray(), db.accounts.toArray(), db.contacts.toArray(), db.teamMembers.toArray(),
    ]);
    const live = accounts.filter((a) => !a.deleted);
    return {
      responses: responses.filter((r) => !r.deleted).map(withTheme).sort((a, b) => b.respondedAt.localeCompare(a.respondedAt)),
      followUps: followUps.filter((f) => !f.deleted),
      accounts: live.map((a) => ({ id: a.id, name: a.name, segment: a.segment, ownerId: a.ownerId, lifecycleStage: a.lifecycleStage, deleted: a.deleted, surveyCadenceDays: a.surveyCadenceDays ?? null })),
      accountNames: new Map(accounts.map((a) => [a.id, a.name])),
      contactNames: new Map(contacts.map((c) => [c.id, c.name])),
      memberNames: new Map(members.map((m) => [m.id, m.name])),
    };
  }, []);
}

/** One account's answers (newest first), its follow-ups and its own survey cadence; undefined while loading. */
export function useAccountSurveys(accountId: string): { responses: SurveyResponse[]; followUps: SurveyFollowUp[]; cadenceDays: number | null; contactNames: Map<string, string> } | undefined {
  return useLiveQuery(async () => {
    const [responses, followUps, account, contacts] = await Promise.all([
      db.surveyResponses.where('accountId').equals(accountId).toArray(), db.surveyFollowUps.where('accountId').equals(accountId).toArray(),
      db.accounts.get(accountId), db.contacts.where('accountId').equals(accountId).toArray(),
    ]);
    return {
      responses: responses.filter((r) => !r.deleted).map(withTheme).sort((a, b) => b.respondedAt.localeCompare(a.respondedAt)),
      followUps: followUps.filter((f) => !f.deleted), cadenceDays: account?.surveyCadenceDays ?? null,
      contactNames: new Map(contacts.map((c) => [c.id, c.name])),
    };
  }, [accountId]);
}

/** An open follow-up with what its row shows. */
export type FollowUpRow = SurveyFollowUp & { accountName: string; response: SurveyResponse | null; ownerName: string | null; rescuedBy: SurveyResponse | null };

/** Follow-ups with their answer, account, owner and (when one came in) the answer that rescues them. */
export function useFollowUps(): FollowUpRow[] | undefined {
  return useLiveQuery(async () => {
    const [followUps, responses, accounts, members] = await Promise.all([
      db.surveyFollowUps.toArray(), db.surveyResponses.toArray(), db.accounts.toArray(), db.teamMembers.toArray(),
    ]);
    const byId = new Map(responses.map((r) => [r.id, r]));
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    const people = new Map(members.map((m) => [m.id, m.name]));
    return followUps.filter((f) => !f.deleted).map((f) => ({
      ...f, accountName: names.get(f.accountId) ?? 'Unknown account', response: byId.get(f.responseId) ?? null,
      ownerName: f.ownerId ? people.get(f.ownerId) ?? null : null, rescuedBy: rescuingResponse(f, responses.filter((r) => r.accountId === f.accountId)),
    }));
  }, []);
}
