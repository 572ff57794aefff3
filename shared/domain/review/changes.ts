import type { Review } from '../review';
import { dayDiff, live, type ReviewBundle } from './review-bundle';
import { shortDate } from './agenda';

/** What changed on an account since a date: the date, how it is said, and one line per change. */
export type ChangesSince = { since: string; sinceLabel: string; lines: string[] };

/** The held review an account had before `review` (or before `today` when none is given), if any. */
export function previousHeldReview(reviews: readonly Review[], beforeIso: string, exceptId?: string): Review | null {
  return live(reviews)
    .filter((r) => r.status === 'held' && r.id !== exceptId && (r.heldAt ?? r.scheduledAt) < beforeIso)
    .sort((a, b) => (b.heldAt ?? b.scheduledAt).localeCompare(a.heldAt ?? a.scheduledAt))[0] ?? null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What changed since the last held review (or over the last 90 days when there was none): health,
 * tickets, escalations opened and resolved, survey responses, commitments kept and slipped, touches,
 * and the renewal. `nowIso` is the current instant; `review` the one being prepared (left out).
 */
export function changesSinceLastReview(bundle: ReviewBundle, nowIso: string, review?: Pick<Review, 'id'>): ChangesSince {
  const last = previousHeldReview(bundle.reviews, nowIso, review?.id);
  const since = last ? (last.heldAt ?? last.scheduledAt) : new Date(Date.parse(nowIso) - 90 * 86_400_000).toISOString();
  const sinceLabel = last ? `since the last review on ${shortDate(since)}` : 'in the last 90 days (no earlier review)';
  const after = (iso: string | null) => iso !== null && iso >= since && iso <= nowIso;
  const lines: string[] = [];

  const history = bundle.health?.history ?? [];
  const then = [...history].reverse().find((p) => p.date <= since.slice(0, 10) && p.score !== null) ?? history.find((p) => p.score !== null);
  const current = bundle.health?.score.score ?? null;
  if (then && then.score !== null && current !== null) {
    const delta = current - then.score;
    lines.push(delta === 0 ? `Health unchanged at ${current}/100` : `Health ${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} points, from ${then.score} to ${current}/100`);
  }
  const tickets = live(bundle.tickets).filter((t) => after(t.openedAt));
  if (tickets.length > 0) {
    const open = tickets.filter((t) => t.status === 'open' || t.status === 'pending').length;
    lines.push(`${plural(tickets.length, 'new ticket')}${open > 0 ? `, ${open} still open` : ', all solved'}`);
  }
  for (const e of live(bundle.escalations).filter((e) => after(e.openedAt))) lines.push(`Escalation opened: ${e.title} (${e.severity})`);
  for (const e of live(bundle.escalations).filter((e) => after(e.resolvedAt) && !after(e.openedAt))) lines.push(`Escalation resolved: ${e.title}`);
  const surveys = live(bundle.surveyResponses).filter((s) => after(s.respondedAt));
  if (surveys.length > 0) {
    const nps = surveys.filter((s) => s.kind === 'nps');
    const avg = nps.length > 0 ? ` (NPS answers averaging ${(nps.reduce((a, s) => a + s.score, 0) / nps.length).toFixed(1)})` : '';
    lines.push(`${plural(surveys.length, 'survey response')}${avg}`);
  }
  const commitments = live(bundle.commitments);
  const kept = commitments.filter((c) => c.status === 'kept' && after(c.completedAt)).length;
  const slipped = commitments.filter((c) => c.status === 'slipped' && after(`${c.dueDate}T23:59:59.999Z`)).length;
  const made = commitments.filter((c) => after(c.createdAt)).length;
  if (kept + slipped + made > 0) lines.push(`Commitments: ${made} made, ${kept} kept, ${slipped} slipped`);
  const touches = live(bundle.touches).filter((t) => after(t.at)).length;
  lines.push(touches === 0 ? 'No logged touches' : plural(touches, 'logged touch', 'logged touches'));
  const renewal = bundle.account.renewalDate;
  if (renewal) {
    const days = dayDiff(nowIso, renewal);
    lines.push(days >= 0 ? `Renewal on ${shortDate(renewal)}, in ${days} days` : `Renewal date ${shortDate(renewal)} has passed`);
  }
  return { since, sinceLabel, lines };
}
