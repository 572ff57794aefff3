// "What changed since your last visit" on the account page: the health score then and now, and the
// records that arrived or came due in between. Instants are ISO strings in UTC (they compare as text).
import { asItStood } from './history';
import { scoreAccount } from './score';
import type { HealthInput } from './types';
import type { HealthSettings } from './weights';

/** One line of the summary; `tone` colours it (bad news in red, good news in green). */
export type ChangeLine = { kind: 'health' | 'tickets' | 'surveys' | 'commitments' | 'renewal'; text: string; tone: 'good' | 'bad' | 'neutral' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function healthLine(input: HealthInput, sinceDate: string, today: string, settings: HealthSettings): ChangeLine | null {
  const then = scoreAccount(asItStood(input, sinceDate), { today: sinceDate }, settings).score;
  const now = scoreAccount(input, { today }, settings).score;
  if (then === null || now === null || then === now) return null;
  const delta = now - then;
  return { kind: 'health', text: `Health ${then} → ${now} (${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)})`, tone: delta > 0 ? 'good' : 'bad' };
}

function ticketLine(input: HealthInput, since: string): ChangeLine | null {
  const fresh = input.tickets.filter((t) => !t.deleted && t.openedAt > since);
  if (fresh.length === 0) return null;
  const byCategory = new Map<string, number>();
  for (const t of fresh) byCategory.set(t.category || 'Uncategorised', (byCategory.get(t.category || 'Uncategorised') ?? 0) + 1);
  const parts = [...byCategory].sort((a, b) => b[1] - a[1]).map(([c, n]) => (n > 1 ? `${c} ×${n}` : c));
  return { kind: 'tickets', text: `${plural(fresh.length, 'new ticket')}: ${parts.join(', ')}`, tone: fresh.length >= 3 ? 'bad' : 'neutral' };
}

function surveyLines(input: HealthInput, since: string): ChangeLine[] {
  return input.surveys.filter((s) => !s.deleted && s.respondedAt > since).sort((a, b) => a.respondedAt.localeCompare(b.respondedAt)).map((s) => {
    const nps = s.kind === 'nps';
    const bad = nps ? s.score <= 6 : s.score <= 2;
    const good = nps ? s.score >= 9 : s.score >= 4;
    const label = nps ? (bad ? 'detractor' : good ? 'promoter' : 'passive') : bad ? 'unhappy' : good ? 'happy' : 'neutral';
    return { kind: 'surveys' as const, text: `${s.kind.toUpperCase()} response ${s.score} (${label})`, tone: bad ? 'bad' as const : good ? 'good' as const : 'neutral' as const };
  });
}

function commitmentLine(input: HealthInput, sinceDate: string, today: string): ChangeLine | null {
  const cameDue = input.commitments.filter((c) => !c.deleted && c.dueDate > sinceDate && c.dueDate <= today);
  if (cameDue.length === 0) return null;
  const open = cameDue.filter((c) => c.status === 'open' || c.status === 'renegotiated');
  const titles = cameDue.slice(0, 2).map((c) => `"${c.title}"`).join(', ') + (cameDue.length > 2 ? ` and ${cameDue.length - 2} more` : '');
  const state = open.length === 0 ? 'all settled' : `${open.length} still open`;
  return { kind: 'commitments', text: `${plural(cameDue.length, 'commitment')} came due: ${titles} — ${state}`, tone: open.length > 0 ? 'bad' : 'good' };
}

function renewalLine(input: HealthInput, since: string, sinceDate: string, today: string): ChangeLine | null {
  const event = (input.accountEvents ?? []).filter((e) => !e.deleted && e.at > since && (e.kind === 'renewed' || e.kind === 'downgraded' || e.kind === 'churned')).at(-1);
  if (event) return { kind: 'renewal', text: event.kind === 'renewed' ? 'Renewal recorded' : event.kind === 'downgraded' ? 'Renewed with a downgrade' : 'Recorded as churned', tone: event.kind === 'renewed' ? 'good' : 'bad' };
  const date = input.account.renewalDate;
  if (date && date > sinceDate && date <= today) return { kind: 'renewal', text: `The renewal date (${date}) passed with no renewal recorded`, tone: 'bad' };
  return null;
}

/**
 * What changed on an account since `since` (an ISO instant: the last time it was opened on this
 * device): the health score then and now, new tickets by category, survey responses, commitments
 * that came due (and whether they were settled), and the renewal. Empty when nothing changed.
 */
export function changesSince(input: HealthInput, since: string, today: string, settings: HealthSettings): ChangeLine[] {
  const sinceDate = since.slice(0, 10);
  const lines = [
    healthLine(input, sinceDate, today, settings), ticketLine(input, since), ...surveyLines(input, since),
    commitmentLine(input, sinceDate, today), renewalLine(input, since, sinceDate, today),
  ];
  return lines.filter((l): l is ChangeLine => l !== null);
}
