import type { Commitment } from '../commitment';
import type { Review } from '../review';
import { shortDate } from './agenda';

/** Names to write a follow-up with: the customer's name, stakeholders and team members by id. */
export type FollowUpNames = { accountName: string; contacts: Record<string, string>; members: Record<string, string> };

/** Where a line of meeting notes turns into a commitment: the line around the caret in a notes field. */
export function lineAt(text: string, caret: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
  const end = text.indexOf('\n', caret);
  return text.slice(start, end === -1 ? text.length : end).replace(/^\s*[-*•]\s*/, '').trim();
}

function owner(c: Commitment, names: FollowUpNames): string {
  if (c.owedBy === 'us') return c.ownerId ? names.members[c.ownerId] ?? 'Our team' : 'Our team';
  return c.toContactId ? names.contacts[c.toContactId] ?? names.accountName : names.accountName;
}

/**
 * The follow-up of a held review, ready to paste into an email: what we heard (the notes of each agenda
 * item and the general notes), what we agreed (the commitments made in the meeting) and who owes what by when.
 */
export function followUpSummary(review: Review, createdCommitments: readonly Commitment[], names: FollowUpNames): string {
  const heard = review.agendaItems.filter((i) => i.notes.trim() !== '')
    .map((i) => `- ${i.text}\n${i.notes.trim().split('\n').map((l) => `  ${l.trim()}`).join('\n')}`);
  if (review.notes.trim()) heard.push(...review.notes.trim().split('\n').map((l) => `- ${l.trim()}`));
  const made = createdCommitments.filter((c) => !c.deleted && c.status !== 'cancelled').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const agreed = made.map((c) => `- ${c.title}`);
  const owes = made.map((c) => `- ${owner(c, names)}: ${c.title} — by ${shortDate(c.dueDate)}`);
  const attendees = review.attendeeContactIds.map((id) => names.contacts[id]).filter((n): n is string => n !== undefined);
  return [
    `Subject: ${review.title} — summary and next steps`,
    '',
    attendees.length > 0 ? `Hello ${attendees.join(', ')},` : 'Hello,',
    '',
    `Thank you for your time at our ${review.kind === 'check_in' ? 'check-in' : review.kind.toUpperCase()} on ${shortDate(review.heldAt ?? review.scheduledAt)}. Here is what we took away.`,
    '',
    'What we heard',
    ...(heard.length > 0 ? heard : ['- (no notes taken)']),
    '',
    'What we agreed',
    ...(agreed.length > 0 ? agreed : ['- No new commitments']),
    '',
    'Who owes what by when',
    ...(owes.length > 0 ? owes : ['- Nothing outstanding from this meeting']),
    '',
    'Please reply if anything is missing or different from your notes.',
  ].join('\n');
}
