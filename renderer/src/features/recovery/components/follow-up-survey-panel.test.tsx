// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { targetSurvey } from '../../../../../shared/domain/recovery/follow-up-survey';
import { testAccount, testContact, testProgram, testTarget } from '../../../../../shared/domain/recovery/fixtures.test-support';
import { data, db } from '../../../db/instance';
import { FollowUpSurveyPanel } from './follow-up-survey-panel';

const program = testProgram({ customerExplanation: 'Card payments failed for three hours.' });
const account = testAccount('a1', { name: 'Northwind Foods' });
const contacts = [testContact('c1', { accountId: 'a1', name: 'Maria Ortiz', role: 'champion', email: 'maria@northwind.example' })];
const now = '2026-12-20T10:00:00.000Z';
const followedUp = { stage: 'followed_up' as const, contactedAt: '2026-11-28T09:00:00.000Z', followedUpAt: '2026-12-05T09:00:00.000Z' };
const panel = (target = testTarget('a1', followedUp), responses: Parameters<typeof targetSurvey>[1] = [], onRecordAnswer?: () => void) => (
  <FollowUpSurveyPanel program={program} target={target} account={account} contacts={contacts} senderName="Alex Morgan" me="tm-1"
    survey={targetSurvey(target, responses, now)} onRecordAnswer={onRecordAnswer} />
);

describe('the follow-up survey on an account\'s track', () => {
  it('waits for the follow-up or an outcome before offering the invitation', () => {
    render(panel(testTarget('a1', { stage: 'remediated', contactedAt: followedUp.contactedAt })));
    expect(screen.getByText(/Send the survey once the account is followed up or has an outcome/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy and mark sent' })).toBeNull();
  });

  it('copies the invitation to the champion and marks it sent in one step, with the email on the timeline', async () => {
    await data.create('accounts', { name: 'Northwind Foods' }, { id: 'a1' });
    await data.create('contacts', { accountId: 'a1', name: 'Maria Ortiz' }, { id: 'c1' });
    await data.apply([{ op: 'create', entity: 'recoveryTargets', id: 't-a1', fields: { programId: 'prog', accountId: 'a1', ...followedUp } }]);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(panel());
    expect(screen.getByText('To Maria Ortiz <maria@northwind.example>')).toBeInTheDocument();
    expect(screen.getByLabelText('Survey invitation text')).toHaveTextContent('Hi Maria, On November 28, 2026 Northwind Foods was hit by an incident on our side (EU payments outage). Card payments failed for three hours.');
    expect(screen.getByRole('link', { name: 'Open in mail app and mark sent' }).getAttribute('href')).toMatch(/^mailto:maria@northwind\.example\?subject=EU%20payments%20outage%3A%20how%20did%20we%20handle%20it%3F/);
    await userEvent.click(screen.getByRole('button', { name: 'Copy and mark sent' }));
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^Subject: EU payments outage: how did we handle it\?\n\nHi Maria,/);
    await waitFor(async () => expect((await db.recoveryTargets.get('t-a1'))?.surveyRequestedAt).toMatch(/^\d{4}-\d\d-\d\dT/));
    expect((await db.touches.where('accountId').equals('a1').toArray()).map((t) => t.summary)).toEqual(['Follow-up survey sent: EU payments outage']);
  });

  it('shows the answer that counts (score, kind, category, verbatim) and opens the answer form on request', async () => {
    const target = testTarget('a1', { ...followedUp, surveyRequestedAt: '2026-12-10T10:00:00.000Z' });
    const responses = [
      { id: 'old', accountId: 'a1', kind: 'nps' as const, score: 3, comment: 'Before the survey', respondedAt: '2026-12-01T10:00:00.000Z', deleted: false },
      { id: 'r1', accountId: 'a1', kind: 'nps' as const, score: 9, comment: 'You kept us posted', respondedAt: '2026-12-12T10:00:00.000Z', deleted: false },
    ];
    const onRecordAnswer = vi.fn();
    render(panel(target, responses, onRecordAnswer));
    const answer = screen.getByLabelText('Survey answer');
    expect(within(answer).getByText('NPS 9 · promoter')).toHaveClass('badge', 'ok');
    expect(answer).toHaveTextContent('“You kept us posted”');
    expect(screen.queryByText(/Before the survey/)).toBeNull();
    expect(screen.getByText('Answered')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Record the answer' }));
    expect(onRecordAnswer).toHaveBeenCalledOnce();
  });

  it('says how long a sent survey has waited, and calls it overdue after 14 days', () => {
    const { unmount } = render(panel(testTarget('a1', { ...followedUp, surveyRequestedAt: '2026-12-15T10:00:00.000Z' })));
    expect(screen.getByText('Awaiting answer')).toBeInTheDocument();
    expect(screen.getByText(/5 days ago, no answer yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy invitation' })).toBeInTheDocument();
    unmount();
    render(panel(testTarget('a1', { ...followedUp, surveyRequestedAt: '2026-12-01T10:00:00.000Z' })));
    expect(screen.getByText('Overdue')).toHaveClass('badge', 'danger');
    expect(screen.getByText(/19 days ago, no answer yet \(over 14 days: call or send a reminder\)/)).toBeInTheDocument();
  });
});
