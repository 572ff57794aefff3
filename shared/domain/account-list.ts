import type { Account } from './account';
import { daysBetween } from './calendar';

/** An account with the facts the portfolio list shows beside it. */
export type AccountRow = {
  account: Account;
  /** Names of the account's live stakeholders (searchable). */
  stakeholderNames: string[];
  openEscalations: number;
  /** Open S1/S2 escalations: the severe ones. */
  severeEscalations: number;
  overdueCommitments: number;
  lastTouchAt: string | null;
  /** Open conflicting edits of the account or its records (0 when none, or not known). */
  openConflicts?: number;
  /** The health score and band, once computed (see shared/domain/health). */
  health?: { score: number | null; band: string };
};

/** What the portfolio list is narrowed to; empty lists mean "any". */
export type AccountFilter = {
  text: string;
  segments: string[];
  tiers: string[];
  ownerIds: string[];
  lifecycleStages: string[];
  tags: string[];
  /** Renewal within this many days from today (and not past), or null for any. */
  renewalWithinDays: number | null;
  atRiskOnly: boolean;
  /** Health bands to show (healthy, watch, at_risk, unknown); empty means any. */
  healthBands?: string[];
};

/** Columns the list can be sorted by. */
export const accountSortKeys = ['name', 'segment', 'tier', 'owner', 'arr', 'renewal', 'stage', 'escalations', 'overdue', 'lastTouch', 'health'] as const;
/** A sortable column. */
export type AccountSortKey = (typeof accountSortKeys)[number];
/** A sort order. */
export type AccountSort = { key: AccountSortKey; direction: 'asc' | 'desc' };

/** The filter that shows everything. */
export const emptyAccountFilter: AccountFilter = {
  text: '', segments: [], tiers: [], ownerIds: [], lifecycleStages: [], tags: [], renewalWithinDays: null, atRiskOnly: false,
};

/**
 * Whether an account needs attention, until the health score exists: marked at risk, a severe open
 * escalation, or an overdue commitment of ours.
 */
export function isAtRisk(row: AccountRow): boolean {
  return row.account.lifecycleStage === 'at_risk' || row.severeEscalations > 0 || row.overdueCommitments > 0;
}

/**
 * Whether the list shows every live account by name, A to Z, with no filter: then its first screen
 * can be shown from the first accounts of the name index before the whole portfolio is read.
 */
export function isPlainNameOrder(filter: AccountFilter, sort: AccountSort): boolean {
  return sort.key === 'name' && sort.direction === 'asc' && filter.text.trim() === '' && filter.segments.length === 0 && filter.tiers.length === 0
    && filter.ownerIds.length === 0 && filter.lifecycleStages.length === 0 && filter.tags.length === 0 && filter.renewalWithinDays === null
    && !filter.atRiskOnly && (filter.healthBands ?? []).length === 0;
}

/**
 * Whether the list's order or filtering reads the health scores (sorted by health, or narrowed to
 * health bands). Only then must every row carry its score; otherwise a new score changes only the
 * health cells on screen, and the rows are neither re-joined nor re-sorted.
 */
export function listReadsHealth(filter: AccountFilter, sort: AccountSort): boolean {
  return sort.key === 'health' || (filter.healthBands ?? []).length > 0;
}

/**
 * Whether `next` can only show fewer of the rows `previous` shows: the same filters with the search
 * text extended (typing on, "nort" → "north"). Then the list filters the rows it already shows
 * instead of the whole portfolio, with the same result in the same order.
 */
export function narrowsSearch(previous: AccountFilter, next: AccountFilter): boolean {
  const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === (b ?? [])[i]);
  return next.text.toLocaleLowerCase().startsWith(previous.text.toLocaleLowerCase())
    && same(previous.segments, next.segments) && same(previous.tiers, next.tiers) && same(previous.ownerIds, next.ownerIds)
    && same(previous.lifecycleStages, next.lifecycleStages) && same(previous.tags, next.tags) && same(previous.healthBands, next.healthBands)
    && previous.renewalWithinDays === next.renewalWithinDays && previous.atRiskOnly === next.atRiskOnly;
}

/** The lower-cased text an account is found by: name, tags, external id, contact details, description and stakeholder names. */
export function searchTextOf(row: AccountRow): string {
  const a = row.account;
  const details = [a.website, a.phone, a.billingCity, a.billingCountry, a.description].filter((v) => v !== undefined && v !== '');
  return [a.name, a.externalId ?? '', ...a.tags, ...details, ...row.stakeholderNames].join('\n').toLocaleLowerCase();
}

/** Returns a predicate for the filter; the search text of each row is looked up through `textOf` (cache it). */
export function accountMatcher(filter: AccountFilter, today: string, textOf: (row: AccountRow) => string = searchTextOf): (row: AccountRow) => boolean {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const within = (list: string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));
  return (row) => {
    const a = row.account;
    if (a.deleted) return false;
    if (!within(filter.segments, a.segment) || !within(filter.tiers, a.tier) || !within(filter.lifecycleStages, a.lifecycleStage)) return false;
    if (!within(filter.ownerIds, a.ownerId)) return false;
    if (filter.tags.length > 0 && !filter.tags.some((t) => a.tags.includes(t))) return false;
    if (filter.renewalWithinDays !== null) {
      if (!a.renewalDate) return false;
      const days = daysBetween(today, a.renewalDate);
      if (days < 0 || days > filter.renewalWithinDays) return false;
    }
    if (filter.atRiskOnly && !isAtRisk(row)) return false;
    if (filter.healthBands && filter.healthBands.length > 0 && !filter.healthBands.includes(row.health?.band ?? 'unknown')) return false;
    if (words.length > 0) {
      const text = textOf(row);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts rows by a column (nulls last), ties broken by name; returns a new array. */
export function sortAccountRows(rows: AccountRow[], sort: AccountSort, ownerName: (id: string | null) => string): AccountRow[] {
  const value = (r: AccountRow): string | number | null => {
    switch (sort.key) {
      case 'name': return r.account.name;
      case 'segment': return r.account.segment;
      case 'tier': return r.account.tier;
      case 'owner': return r.account.ownerId ? ownerName(r.account.ownerId) : null;
      case 'arr': return r.account.arrMinor;
      case 'renewal': return r.account.renewalDate;
      case 'stage': return r.account.lifecycleStage;
      case 'escalations': return r.openEscalations;
      case 'overdue': return r.overdueCommitments;
      case 'lastTouch': return r.lastTouchAt;
      case 'health': return r.health?.score ?? null;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) return a === b ? collator.compare(x.account.name, y.account.name) : a === null ? 1 : -1;
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return order !== 0 ? sign * order : collator.compare(x.account.name, y.account.name);
  });
}
