import { describe, expect, it } from 'vitest';
import { testAccount, testContact, testProgram } from './fixtures.test-support';
import { outreachDraft, outreachRecipient } from './outreach-draft';

const account = testAccount('a1', { name: 'Northwind Foods', tags: ['Payments', 'Analytics'], arrMinor: 4_800_000 });
const contacts = [
  testContact('c1', { name: 'Lee Chan', role: 'user', email: 'lee@northwind.example' }),
  testContact('c2', { name: 'Maria Ortiz', role: 'champion', email: 'maria@northwind.example' }),
];

describe('outreach drafts', () => {
  it('fills the template with the account, its champion, ARR and products, and takes the subject from the first line', () => {
    const program = testProgram({
      customerExplanation: 'Card payments failed for 3 hours on Friday.',
      outreachTemplate: 'Subject: About {{program}} at {{account}}\nHi {{champion}},\n{{explanation}} You use {{products}} ({{arr}} a year).\n{{sender}} {{unknown}}',
    });
    const draft = outreachDraft(program, account, contacts, 'Alex Morgan');
    expect(draft.to).toBe('maria@northwind.example');
    expect(draft.subject).toBe('About EU payments outage at Northwind Foods');
    expect(draft.body).toBe('Hi Maria,\nCard payments failed for 3 hours on Friday. You use Payments, Analytics ($48,000 a year).\nAlex Morgan {{unknown}}');
    expect(draft.mailto).toContain('mailto:maria@northwind.example?subject=About%20EU%20payments%20outage%20at%20Northwind%20Foods&body=Hi%20Maria%2C%0D%0A');
  });

  it('uses the default template when the program has none, and greets "there" when nobody is on the account', () => {
    const draft = outreachDraft(testProgram(), testAccount('a2', { name: 'Acme' }), [], 'Sam');
    expect(draft.to).toBe('');
    expect(draft.body).toMatch(/^Hi there,/);
    expect(draft.body).toContain('I know Acme relies on our platform');
  });

  it('writes to the champion, else the decision maker, never a removed stakeholder', () => {
    expect(outreachRecipient([testContact('x', { role: 'champion', deleted: true }), testContact('y', { role: 'decision_maker' })])?.id).toBe('y');
    expect(outreachRecipient([])).toBeNull();
  });
});
