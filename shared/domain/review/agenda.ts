import { isOpenCommitment } from '../commitment';
import { isActiveEscalation, severities } from '../escalation';
import type { AgendaItem, AgendaSource } from '../review';
import { dayDiff, live, type ReviewBundle } from './review-bundle';

/** How far ahead proposals look: renewals within this many days, commitments due within 30. */
export const agendaHorizon = { renewalDays: 180, commitmentDays: 30, maxCommitments: 5 } as const;

/** An agenda item id unique within its review: derived from its source so a proposal made twice gives the same ids. */
export function agendaItemId(source: AgendaSource, sourceId: string | null, salt = ''): string {
  return `${source}-${sourceId ?? salt}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
}

function item(source: AgendaSource, sourceId: string | null, text: string): AgendaItem {
  return { id: agendaItemId(source, sourceId, source), text: text.slice(0, 500), source, sourceId, done: false, notes: '' };
}

/** Text of a local date for an agenda line, e.g. "12 Mar 2027". */
export function shortDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][(m ?? 1) - 1];
  return `${d ?? 1} ${month} ${y ?? 1970}`;
}

/**
 * An agenda proposed from the account's data, in the order a review usually runs: open escalations
 * (most severe first), the renewal when it is within 180 days, what drives health when it is not
 * healthy, commitments due within 30 days or overdue (both ways, at most five), then open expansion ideas.
 * `today` is the user's local date.
 */
export function proposeAgenda(bundle: ReviewBundle, today: string): AgendaItem[] {
  const out: AgendaItem[] = [];
  const escalations = bundle.escalations.filter(isActiveEscalation)
    .sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.openedAt.localeCompare(b.openedAt));
  for (const e of escalations) out.push(item('escalation', e.id, `Escalation: ${e.title} (${e.severity}, ${e.status.replace(/_/g, ' ')}) — status and next steps`));
  const renewal = bundle.account.renewalDate;
  if (renewal) {
    const days = dayDiff(today, renewal);
    if (days >= 0 && days <= agendaHorizon.renewalDays) out.push(item('renewal', bundle.account.id, `Renewal on ${shortDate(renewal)} (in ${days} days): goals, terms and timeline`));
  }
  const health = bundle.health?.score;
  if (health && health.band !== 'healthy' && health.drivers.length > 0) {
    out.push(item('health', bundle.account.id, `Account health${health.score === null ? '' : ` (${health.score}/100)`}: ${health.drivers.join('; ')}`));
  }
  const due = live(bundle.commitments)
    .filter((c) => isOpenCommitment(c) && dayDiff(today, c.dueDate) <= agendaHorizon.commitmentDays)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, agendaHorizon.maxCommitments);
  for (const c of due) {
    const when = c.dueDate < today ? `overdue since ${shortDate(c.dueDate)}` : `due ${shortDate(c.dueDate)}`;
    out.push(item('commitment', c.id, `${c.owedBy === 'us' ? 'Our commitment' : 'Your commitment'}: ${c.title} (${when})`));
  }
  for (const x of live(bundle.expansions).filter((x) => x.stage === 'identified' || x.stage === 'qualified')) {
    out.push(item('expansion', x.id, `Growth idea: ${x.title}`));
  }
  return out;
}

/** Moves the agenda item at `from` by `delta` places (clamped to the list), returning a new list. */
export function moveAgendaItem(items: readonly AgendaItem[], from: number, delta: number): AgendaItem[] {
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  const out = [...items];
  const [moved] = out.splice(from, 1);
  if (moved === undefined || to === from) return [...items];
  out.splice(to, 0, moved);
  return out;
}

/** A typed agenda item, with an id not used by `existing`. */
export function customAgendaItem(text: string, existing: readonly AgendaItem[]): AgendaItem {
  const taken = new Set(existing.map((i) => i.id));
  let n = existing.length + 1;
  while (taken.has(`custom-${n}`)) n += 1;
  return { id: `custom-${n}`, text: text.trim().slice(0, 500), source: 'custom', sourceId: null, done: false, notes: '' };
}
