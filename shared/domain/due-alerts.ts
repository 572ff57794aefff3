import type { Commitment } from './commitment';
import { setRemindersDue } from './commitment-ledger';
import { remindersDue } from './commitment-rules';
import type { Escalation, EscalationEvent } from './escalation';
import { isActiveEscalation, updateStatus, type UpdateCadence } from './escalation-rules';
import type { Instant } from './local-date';
import { toEpochMs } from './local-date';
import type { RecoveryProgram, RecoveryTarget } from './recovery';
import type { AnswerLike } from './recovery/follow-up-survey';
import { isReached } from './recovery/recovery-rules';
import { surveyOverdueAlerts } from './recovery/survey-alerts';
import type { SurveyFollowUp } from './survey-follow-up';

/** A desktop notification to show. */
export type DueAlert = { key: string; title: string; body: string };

/**
 * The notifications due in (lastCheckedAt, now]: reminders set by hand, commitment reminders, escalations whose next
 * customer update became overdue in that window, survey follow-ups whose first-contact target passed uncontacted (mine and unowned ones), recovery outreach past its deadline and recovery follow-up surveys going overdue unanswered. Pure, so the check can run on a timer, offline.
 */
export function dueAlerts(input: {
  commitments: Commitment[]; escalations: Escalation[]; events: EscalationEvent[]; accountNames: Map<string, string>;
  lastCheckedAt: Instant; now: Instant; zone: string; cadence?: UpdateCadence;
  /** Open survey follow-ups: one alerts when its first-contact target passes with no contact. */
  followUps?: Pick<SurveyFollowUp, 'id' | 'accountId' | 'ownerId' | 'stage' | 'dueAt' | 'firstContactAt' | 'deleted'>[];
  /** When known, only this person's commitments (and unowned ones) alert: "me" on this device. */
  myMemberId?: string | null;
  /**
   * Active recovery programs, their targets and the targets' accounts' survey answers: outreach not done by the
   * deadline alerts once per program, and each follow-up survey unanswered after 14 days alerts once.
   */
  recovery?: { programs: RecoveryProgram[]; targets: RecoveryTarget[]; responses?: AnswerLike[] };
}): DueAlert[] {
  const alerts: DueAlert[] = [];
  const me = input.myMemberId;
  const mine = me ? input.commitments.filter((c) => c.ownerId === null || c.ownerId === me) : input.commitments;
  const byId = new Map(mine.map((c) => [c.id, c]));
  for (const c of setRemindersDue(mine, input.lastCheckedAt, input.now)) {
    alerts.push({ key: `remind:${c.id}:${c.remindAt ?? ''}`, title: 'Reminder', body: c.title });
  }
  for (const r of remindersDue(mine, input.lastCheckedAt, input.now, input.zone)) {
    const c = byId.get(r.commitmentId);
    if (!c) continue;
    const account = c.accountId ? input.accountNames.get(c.accountId) : undefined;
    alerts.push({ key: `${r.kind}:${c.id}:${r.at}`, title: r.kind === 'due' ? 'Commitment due now' : 'Commitment due today', body: account ? `${c.title} — ${account}` : c.title });
  }
  const from = new Date(input.lastCheckedAt).getTime();
  const to = new Date(input.now).getTime();
  for (const e of input.escalations.filter(isActiveEscalation)) {
    const status = updateStatus(e, input.events, input.now, input.cadence);
    if (status && status.dueAt > from && status.dueAt <= to) {
      alerts.push({ key: `update:${e.id}:${status.dueAt}`, title: `Customer update overdue (${e.severity})`, body: `${e.title} — ${input.accountNames.get(e.accountId) ?? ''}` });
    }
  }
  for (const f of input.followUps ?? []) {
    if (f.deleted || f.stage === 'closed' || f.firstContactAt !== null || (me && f.ownerId !== null && f.ownerId !== me)) continue;
    const due = new Date(f.dueAt).getTime();
    if (due > from && due <= to) alerts.push({ key: `followup:${f.id}`, title: 'Survey follow-up overdue', body: `No first contact yet after an unhappy answer — ${input.accountNames.get(f.accountId) ?? ''}` });
  }
  alerts.push(...recoveryAlerts(input.recovery, from, to, me));
  if (input.recovery) alerts.push(...surveyOverdueAlerts({ ...input.recovery, responses: input.recovery.responses ?? [], accountNames: input.accountNames, from, to, me }));
  return alerts;
}

/** Programs whose outreach deadline passed in (from, to] with accounts (mine or nobody's, when I am known) not reached. */
function recoveryAlerts(recovery: { programs: RecoveryProgram[]; targets: RecoveryTarget[] } | undefined, from: number, to: number, me: string | null | undefined): DueAlert[] {
  if (!recovery) return [];
  const alerts: DueAlert[] = [];
  for (const p of recovery.programs) {
    const deadline = toEpochMs(p.outreachDeadline);
    if (p.deleted || p.status !== 'active' || deadline <= from || deadline > to) continue;
    const open = recovery.targets.filter((t) => t.programId === p.id && !t.deleted && !isReached(t) && (!me || t.assigneeId === null || t.assigneeId === me));
    if (open.length === 0) continue;
    alerts.push({ key: `recovery:${p.id}:${p.outreachDeadline}`, title: 'Recovery outreach overdue', body: `${open.length} account${open.length === 1 ? '' : 's'} not contacted — ${p.title}` });
  }
  return alerts;
}
