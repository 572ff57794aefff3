// Retention, churn, renewal and expansion figures, computed from the account history events
// (accountEvents) and today's accounts. Money is kept per currency and never summed across.
import type { Account } from '../account';
import type { AccountEvent } from '../account-event';
import { localDateOf } from '../local-date';
import { dateInPeriod, type Period } from './period';

/** The account fields retention reads. */
export type RetentionAccount = Pick<Account, 'id' | 'arrMinor' | 'currency' | 'lifecycleStage' | 'createdAt' | 'renewalDate' | 'deleted'>;
/** The history event fields retention reads. */
export type RetentionEvent = Pick<AccountEvent, 'accountId' | 'kind' | 'at' | 'fromArrMinor' | 'toArrMinor' | 'currency' | 'fromStage' | 'toStage' | 'renewalDate' | 'deleted'>;

/** Definitions shown beside the figures. */
export const retentionDefinitions = {
  grr: 'Gross revenue retention: of the annual recurring revenue (ARR) of the accounts live at the start of the period, the share still there at its end, counting contraction and churn but not expansion. (Start − contraction − churned) ÷ start.',
  nrr: 'Net revenue retention: the same, with expansion counted. (Start + expansion − contraction − churned) ÷ start. Above 100% means the base grew on its own.',
  logoChurn: 'Logo churn: accounts live at the start of the period that churned by its end, as a share of those accounts.',
  renewalRate: 'Renewal rate: renewals due in the period (a renewal date inside it) that were renewed (at any value), as a share of all renewals due in it; renewals not yet recorded count as not renewed.',
  expansion: 'Expansion and contraction ARR: the increase and decrease in ARR, between the start and the end of the period, of the accounts live at its start and not churned.',
  expansionWon: 'Expansion won through leads: the value of expansion opportunities marked won in the period, per currency (it shows in NRR once the account\'s ARR is updated).',
} as const;

/** Retention figures in one currency. */
export type CurrencyRetention = {
  currency: string; startingArr: number; expansion: number; contraction: number; churnedArr: number; endingArr: number;
  grr: number | null; nrr: number | null;
};

/** Retention over a period: per currency, logo churn, and what the history covers. */
export type RetentionFigures = {
  byCurrency: CurrencyRetention[];
  logoChurn: { atStart: number; churned: number; rate: number | null };
  /** Said plainly when the history does not reach back to the period's start (null when it does). */
  historyNote: string | null;
};

type State = { arr: number; currency: string; churned: boolean };

/** An account's ARR, currency and churn as they stood at the start of a local date, or null when it did not exist yet. */
export function accountStateAt(account: RetentionAccount, events: readonly RetentionEvent[], date: string, zone: string): State | null {
  if (localDateOf(account.createdAt, zone) >= date) return null;
  const sorted = [...events].filter((e) => !e.deleted).sort((a, b) => a.at.localeCompare(b.at));
  const before = sorted.filter((e) => localDateOf(e.at, zone) < date);
  const after = sorted.filter((e) => localDateOf(e.at, zone) >= date);
  const lastArr = [...before].reverse().find((e) => e.toArrMinor !== null);
  const nextArr = after.find((e) => e.fromArrMinor !== null);
  const arr = lastArr?.toArrMinor ?? nextArr?.fromArrMinor ?? account.arrMinor;
  const currency = lastArr?.currency ?? nextArr?.currency ?? account.currency;
  const lastStage = [...before].reverse().find((e) => e.toStage !== null);
  const nextStage = after.find((e) => e.fromStage !== null);
  const stage = lastStage ? lastStage.toStage : nextStage ? nextStage.fromStage : account.lifecycleStage;
  return { arr, currency, churned: stage === 'churned' };
}

/** The first local date the history holds, or null when nothing has been recorded yet. */
export function historyStartsOn(events: readonly RetentionEvent[], zone: string): string | null {
  let first: string | null = null;
  for (const e of events) if (!e.deleted && (first === null || e.at < first)) first = e.at;
  return first === null ? null : localDateOf(first, zone);
}

/** What to tell the reader when the history does not reach back to a date (null when it does). */
export function historyNoteFor(events: readonly RetentionEvent[], from: string, zone: string): string | null {
  const starts = historyStartsOn(events, zone);
  if (starts === null) return 'No contract history has been recorded yet: these figures assume every account had its current value and stage throughout.';
  if (from < starts) return `Contract history starts on ${starts}: before that, accounts are assumed to have had the value and stage of their first recorded change.`;
  return null;
}

const eventsByAccount = (events: readonly RetentionEvent[]) => {
  const map = new Map<string, RetentionEvent[]>();
  for (const e of events) map.set(e.accountId, [...(map.get(e.accountId) ?? []), e]);
  return map;
};

/**
 * Gross and net revenue retention, expansion, contraction, churned ARR (per currency) and logo churn
 * over a period, for the accounts live (existing, not churned) at its start. See retentionDefinitions.
 */
export function retention(accounts: readonly RetentionAccount[], events: readonly RetentionEvent[], period: Period, zone: string): RetentionFigures {
  const byAccount = eventsByAccount(events);
  const totals = new Map<string, CurrencyRetention>();
  let atStart = 0;
  let churned = 0;
  for (const a of accounts) {
    if (a.deleted) continue;
    const own = byAccount.get(a.id) ?? [];
    const start = accountStateAt(a, own, period.start, zone);
    if (!start || start.churned) continue;
    const end = accountStateAt(a, own, period.end, zone) ?? start;
    atStart += 1;
    const t = totals.get(start.currency) ?? { currency: start.currency, startingArr: 0, expansion: 0, contraction: 0, churnedArr: 0, endingArr: 0, grr: null, nrr: null };
    t.startingArr += start.arr;
    if (end.churned) {
      churned += 1;
      t.churnedArr += start.arr;
    } else {
      const change = end.arr - start.arr;
      if (change > 0) t.expansion += change;
      else t.contraction -= change;
      t.endingArr += end.arr;
    }
    totals.set(start.currency, t);
  }
  const byCurrency = [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)).map((t) => ({
    ...t,
    grr: t.startingArr === 0 ? null : (t.startingArr - t.contraction - t.churnedArr) / t.startingArr,
    nrr: t.startingArr === 0 ? null : (t.startingArr + t.expansion - t.contraction - t.churnedArr) / t.startingArr,
  }));
  return { byCurrency, logoChurn: { atStart, churned, rate: atStart === 0 ? null : churned / atStart }, historyNote: historyNoteFor(events, period.start, zone) };
}

/** Renewals due in a period and how they ended. */
export type RenewalFigures = { due: number; renewed: number; churned: number; pending: number; rate: number | null };

/**
 * Renewal rate (see retentionDefinitions): a renewal is due in the period when its renewal date is in
 * it — a recorded outcome (renewed, downgraded, churned) carries the date it renewed; an account
 * whose current renewal date is in the period and has no outcome for it yet is pending.
 */
export function renewalRate(accounts: readonly RetentionAccount[], events: readonly RetentionEvent[], period: Period): RenewalFigures {
  const outcomes = new Map<string, 'renewed' | 'churned'>();
  for (const e of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    if (e.deleted || e.renewalDate === null || !dateInPeriod(e.renewalDate, period)) continue;
    if (e.kind === 'renewed' || e.kind === 'downgraded') outcomes.set(`${e.accountId}|${e.renewalDate}`, 'renewed');
    else if (e.kind === 'churned') outcomes.set(`${e.accountId}|${e.renewalDate}`, 'churned');
  }
  const live = new Set(accounts.filter((a) => !a.deleted).map((a) => a.id));
  let renewed = 0;
  let churned = 0;
  for (const [key, outcome] of outcomes) {
    if (!live.has(key.split('|')[0] ?? '')) continue;
    if (outcome === 'renewed') renewed += 1;
    else churned += 1;
  }
  const pending = accounts.filter((a) => !a.deleted && a.lifecycleStage !== 'churned' && a.renewalDate !== null && dateInPeriod(a.renewalDate, period) && !outcomes.has(`${a.id}|${a.renewalDate}`)).length;
  const due = renewed + churned + pending;
  return { due, renewed, churned, pending, rate: due === 0 ? null : renewed / due };
}

/** Expansion won through leads (issue 17 feeds this): one closed-won opportunity's added ARR. */
export type WonExpansion = { accountId: string; currency: string; arrMinor: number; wonAt: string };

/** ARR won through expansion leads in a period, per currency (reported beside NRR, which already counts the ARR once it is on the account). */
export function expansionWon(won: readonly WonExpansion[], period: Period, zone: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const w of won) if (dateInPeriod(localDateOf(w.wonAt, zone), period)) totals.set(w.currency, (totals.get(w.currency) ?? 0) + w.arrMinor);
  return totals;
}
