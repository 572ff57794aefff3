import { describe, expect, it } from 'vitest';
import { testAccount, testContact, testProgram } from './fixtures.test-support';
import { defaultSurveyTemplate, storedSurveyTemplate, surveyInvitationDraft } from './follow-up-survey-draft';

const account = testAccount('a1', { name: 'Northwind Foods' });
const contacts = [testContact('c2', { name: 'Maria Ortiz', role: 'champion', email: 'maria@northwind.example' })];

describe('the follow-up survey invitation', () => {
  it('fills the default text with the account, its champion and the incident, dated in the user zone', () => {
    const program = testProgram({ customerExplanation: 'Card payments failed for three hours.', startedAt: '2026-11-28T02:00:00.000Z' });
    const draft = surveyInvitationDraft(program, account, contacts, 'Alex Morgan', 'America/New_York');
    expect(draft.to).toBe('maria@northwind.example');
    expect(draft.subject).toBe('EU payments outage: how did we handle it?');
    expect(draft.body).toMatch(/^Hi Maria,\n\nOn November 27, 2026 Northwind Foods was hit by an incident on our side \(EU payments outage\)\. Card payments failed for three hours\./);
    expect(draft.body).toContain('from 0 (not at all) to 10 (extremely likely)');
    expect(draft.body.endsWith('Best regards,\nAlex Morgan')).toBe(true);
    expect(draft.mailto).toMatch(/^mailto:maria@northwind\.example\?subject=EU%20payments%20outage%3A%20how%20did%20we%20handle%20it%3F&body=Hi%20Maria%2C%0D%0A/);
  });

  it('uses the program own template, with a subject from the title when the template has none', () => {
    const program = testProgram({ surveyTemplate: 'Dear {{champion}} at {{account}}, rate us 0-10? {{sender}}' });
    const draft = surveyInvitationDraft(program, account, [], 'Sam', 'UTC');
    expect(draft).toMatchObject({ to: '', subject: 'EU payments outage: a short survey', body: 'Dear there at Northwind Foods, rate us 0-10? Sam' });
  });

  it('stores an empty or unchanged default invitation as empty, so the program follows the default', () => {
    expect(storedSurveyTemplate(`${defaultSurveyTemplate}\n`)).toBe('');
    expect(storedSurveyTemplate('  \n')).toBe('');
    expect(storedSurveyTemplate('Subject: Two questions\n\nHi {{champion}}')).toBe('Subject: Two questions\n\nHi {{champion}}');
  });
});
