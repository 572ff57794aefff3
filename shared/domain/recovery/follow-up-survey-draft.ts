import type { Account } from '../account';
import type { Contact } from '../contact';
import type { RecoveryProgram } from '../recovery';
import { draftFromTemplate, outreachRecipient, type OutreachDraft } from './outreach-draft';

/** The follow-up survey invitation a program uses until someone writes its own; the first line is the subject. */
export const defaultSurveyTemplate = [
  'Subject: {{program}}: how did we handle it?',
  '',
  'Hi {{champion}},',
  '',
  'On {{incident_date}} {{account}} was hit by an incident on our side ({{program}}). {{explanation}}',
  '',
  'Now that things have settled, I would value two minutes of your time. Just reply to this email:',
  '',
  '1. How likely are you to recommend us to a friend or colleague, from 0 (not at all) to 10 (extremely likely)?',
  '2. What could we have done better in how we handled it?',
  '',
  'I read every answer myself, and it tells us what to change.',
  '',
  'Best regards,',
  '{{sender}}',
].join('\n');

/** The placeholders a survey template may use, for the hint beside the editor. */
export const surveyTemplatePlaceholders = ['account', 'champion', 'program', 'incident_date', 'explanation', 'sender'] as const;

/** The template a program's survey invitation is written from: its own, else the default. */
export function programSurveyTemplate(program: RecoveryProgram): string {
  return program.surveyTemplate.trim() ? program.surveyTemplate : defaultSurveyTemplate;
}

/** The survey template as a program stores it: '' for an empty or default text, so a later improvement of the default reaches the program. */
export function storedSurveyTemplate(text: string): string {
  return text.trim() === '' || text.trim() === defaultSurveyTemplate.trim() ? '' : text;
}

/**
 * The follow-up survey invitation for one account, to the same stakeholder as the outreach (its
 * champion first): the program's survey template filled with {{account}}, {{champion}},
 * {{program}}, {{incident_date}} (the day the incident started, in `zone`), {{explanation}} and {{sender}}.
 */
export function surveyInvitationDraft(program: RecoveryProgram, account: Account, contacts: readonly Contact[], senderName: string, zone: string): OutreachDraft {
  const recipient = outreachRecipient(contacts);
  const values: Record<string, string> = {
    account: account.name,
    champion: recipient ? recipient.name.split(' ')[0] ?? recipient.name : 'there',
    program: program.title,
    incident_date: new Intl.DateTimeFormat('en-US', { timeZone: zone, month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(program.startedAt)),
    explanation: program.customerExplanation.trim(),
    sender: senderName,
  };
  return draftFromTemplate(programSurveyTemplate(program), values, `${program.title}: a short survey`, recipient);
}
