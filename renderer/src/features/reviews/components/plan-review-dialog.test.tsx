// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localDateOf, localTimeOf } from '../../../../../shared/domain/local-date';
import { completeReview } from '../../../../../shared/domain/review';
import { data, db } from '../../../db/instance';
import { userZone } from '../../../lib/now';
import { planReview } from '../api/review-writes';
import { PlanReviewDialog } from './plan-review-dialog';
import { ReviewsPage } from './reviews-page';

async function plannedReview() {
  const accountId = await data.create('accounts', { name: 'Northwind Traders' });
  const ada = await data.create('contacts', { accountId, name: 'Ada Lovelace', role: 'champion' });
  const bob = await data.create('contacts', { accountId, name: 'Bob Stone', role: 'decision_maker' });
  const item = (id: string, text: string) => ({ id, text, source: 'custom' as const, sourceId: null, done: false, notes: '' });
  const id = await planReview({
    accountId, kind: 'qbr', title: 'Q4 review with Northwind', scheduledAt: '2026-12-10T14:30:00.000Z', placeKind: 'on_site', place: '1 Main St, Leeds',
    attendeeContactIds: [ada], attendeeMemberIds: [], objectives: 'Agree the renewal plan', agendaItems: [item('custom-1', 'Renewal terms'), item('custom-2', 'SSO roadmap')],
  });
  return { id, ada, bob, review: completeReview((await db.reviews.get(id))!) };
}

describe('editing a planned review', () => {
  it('reopens the plan filled with the review and saves the changes as one update', async () => {
    const { id, ada, bob, review } = await plannedReview();
    const closed: string[] = [];
    render(<PlanReviewDialog review={review} onClose={() => closed.push('closed')} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit the review' });
    expect(within(dialog).getByLabelText('Kind')).toHaveValue('qbr');
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Q4 review with Northwind');
    expect(within(dialog).getByLabelText('Date')).toHaveValue(localDateOf(review.scheduledAt, userZone));
    expect(within(dialog).getByLabelText('Time')).toHaveValue(localTimeOf(review.scheduledAt, userZone));
    expect(within(dialog).getByLabelText('Address')).toHaveValue('1 Main St, Leeds');
    expect(within(dialog).getByLabelText('Objectives (one per line)')).toHaveValue('Agree the renewal plan');
    expect(await within(dialog).findByRole('checkbox', { name: 'Ada Lovelace' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Bob Stone' })).not.toBeChecked();
    expect(within(dialog).getAllByRole('textbox', { name: /^Agenda item \d+$/ }).map((i) => (i as HTMLInputElement).value)).toEqual(['Renewal terms', 'SSO roadmap']);

    const before = await db.outbox.count();
    await userEvent.selectOptions(within(dialog).getByLabelText('Kind'), 'ebr');
    await userEvent.clear(within(dialog).getByLabelText('Date'));
    await userEvent.type(within(dialog).getByLabelText('Date'), '2026-12-17');
    await userEvent.clear(within(dialog).getByLabelText('Time'));
    await userEvent.type(within(dialog).getByLabelText('Time'), '09:15');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Video call' }));
    await userEvent.clear(within(dialog).getByLabelText('Meeting link'));
    await userEvent.type(within(dialog).getByLabelText('Meeting link'), 'https://meet.example/q4');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Bob Stone' }));
    await userEvent.type(within(dialog).getByLabelText('Objectives (one per line)'), '\nMeet the new CFO');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move item 2 up' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(closed).toEqual(['closed']));
    const saved = completeReview((await db.reviews.get(id))!);
    expect(saved).toMatchObject({
      kind: 'ebr', status: 'planned', placeKind: 'video', place: 'https://meet.example/q4', attendeeContactIds: [ada, bob],
      objectives: 'Agree the renewal plan\nMeet the new CFO', title: 'Q4 review with Northwind',
    });
    expect(localDateOf(saved.scheduledAt, userZone)).toBe('2026-12-17');
    expect(localTimeOf(saved.scheduledAt, userZone)).toBe('09:15');
    expect(saved.agendaItems.map((i) => i.text)).toEqual(['SSO roadmap', 'Renewal terms']);
    const mutations = await db.outbox.count();
    expect(mutations - before).toBe(1);
  });

  it('cancels a review after asking: it leaves Upcoming and stays under Past as cancelled', async () => {
    await db.delete();
    await db.open();
    const { review } = await plannedReview();
    render(<ReviewsPage />);
    const upcoming = await screen.findByRole('list', { name: 'Upcoming reviews' });
    await userEvent.click(within(upcoming).getByRole('button', { name: 'Edit Q4 review with Northwind' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the review' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel review…' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, cancel it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const past = await screen.findByRole('list', { name: 'Past reviews' });
    expect(within(past).getByText('Cancelled')).toBeInTheDocument();
    expect(within(past).queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.getByText('Nothing planned.')).toBeInTheDocument();
    expect((await db.reviews.get(review.id))?.status).toBe('cancelled');
  });
});
