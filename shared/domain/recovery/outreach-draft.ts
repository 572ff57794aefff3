import type { Account } from '../account';
import type { Contact } from '../contact';
import { formatMoney } from '../money';
import type { RecoveryProgram } from '../recovery';

/** The template a new program starts with; the first line is the subject. */
export const defaultOutreachTemplate = [
  'Subject: {{program}}: what happened and what we are doing',
  '',
  'Hi {{champion}},',
  '',
  'I want you to hear this from me directly. {{explanation}}',
  '',
  'I know {{account}} relies on {{products}}, so I would like to understand how this affected your team and agree with you how we put it right.',
  'Could we find 20 minutes this week?',
  '',
  'Best regards,',
  '{{sender}}',
].join('\n');

/** An outreach email ready to send: to whom, the subject and the body, and a `mailto:` link that opens it. */
export type OutreachDraft = { to: string; toName: string; subject: string; body: string; mailto: string };

/** The account's stakeholder a recovery email goes to: its champion, else its decision maker, else its first live stakeholder. */
export function outreachRecipient(contacts: readonly Contact[]): Contact | null {
  const live = contacts.filter((c) => !c.deleted);
  return live.find((c) => c.role === 'champion') ?? live.find((c) => c.role === 'decision_maker') ?? live[0] ?? null;
}

/**
 * Fills a program's outreach template with one account's facts: {{account}}, {{champion}}, {{arr}},
 * {{products}} (the account's tags), {{program}}, {{explanation}}, {{sender}}. An unknown
 * placeholder is left as written so the person sees it. "Subject: …" on the first line is the subject.
 */
export function outreachDraft(program: RecoveryProgram, account: Account, contacts: readonly Contact[], senderName: string): OutreachDraft {
  const recipient = outreachRecipient(contacts);
  const values: Record<string, string> = {
    account: account.name,
    champion: recipient ? recipient.name.split(' ')[0] ?? recipient.name : 'there',
    arr: formatMoney(account.arrMinor, account.currency, 'en-US'),
    products: account.tags.length > 0 ? account.tags.join(', ') : 'our platform',
    program: program.title,
    explanation: program.customerExplanation.trim() || program.title,
    sender: senderName,
  };
  const template = program.outreachTemplate.trim() ? program.outreachTemplate : defaultOutreachTemplate;
  return draftFromTemplate(template, values, program.title, recipient);
}

/**
 * Fills a template's {{placeholders}} from `values` (an unknown one is left as written so the person
 * sees it) and splits off "Subject: …" on the first line (else `fallbackSubject`), addressed to `recipient`.
 */
export function draftFromTemplate(template: string, values: Readonly<Record<string, string>>, fallbackSubject: string, recipient: Contact | null): OutreachDraft {
  const filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
  const lines = filled.split('\n');
  const first = lines[0] ?? '';
  const hasSubject = /^subject:/i.test(first);
  const subject = hasSubject ? first.replace(/^subject:\s*/i, '').trim() : fallbackSubject;
  const body = (hasSubject ? lines.slice(1) : lines).join('\n').replace(/^\n+/, '');
  const to = recipient?.email ?? '';
  const mailto = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { to, toName: recipient?.name ?? '', subject, body, mailto };
}
