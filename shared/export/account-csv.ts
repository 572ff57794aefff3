import type { AccountView } from './account-view';
import { toCsv } from '../import/csv';

/** One whole account as a single CSV: a "Kind" column, then the facts, stakeholders and timeline. */
export function wholeAccountCsv(view: AccountView): string {
  const a = view.account;
  const rows: (string | number | null)[][] = [
    ['account', a.name, `${a.segment} · ${a.tier} · ${a.lifecycleStage}`, (a.arrMinor / 100).toFixed(2) + ' ' + a.currency, a.renewalDate ?? '', a.externalId ?? ''],
    ...view.contacts.map((c) => ['stakeholder', c.name, `${c.title} · ${c.role} · ${c.sentiment}`, c.email, c.lastContactedAt ?? '', c.phone]),
    ...view.timeline.map((t) => [t.kind, t.title, t.detail, '', t.at, t.id]),
  ];
  return toCsv(['Kind', 'Name or title', 'Detail', 'Value or email', 'Date', 'Id'], rows);
}
