// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { data, db } from '../../../db/instance';
import { planReview } from '../api/review-writes';
import { MeetingMode } from './meeting-mode';

async function meeting() {
  const accountId = await data.create('accounts', { name: 'Northwind Traders', currency: 'EUR' });
  const ada = await data.create('contacts', { accountId, name: 'Ada Lovelace', role: 'champion' });
  const bob = await data.create('contacts', { accountId, name: 'Bob Stone', role: 'user' });
  await data.create('contacts', { accountId, name: 'Cy Absent', role: 'champion' });
  const id = await planReview({
    accountId, kind: 'qbr', title: 'Q4 review', scheduledAt: '2026-12-10T14:30:00.000Z', placeKind: 'video', place: '', attendeeContactIds: [bob, ada], attendeeMemberIds: [], objectives: '',
    agendaItems: [{ id: 'custom-1', text: 'Roadmap', source: 'custom', sourceId: null, done: false, notes: '' }],
  });
  return { id, accountId, ada };
}

describe('flagging an expansion lead in meeting mode', () => {
  it('turns the line at the caret into a lead with Ctrl+Shift+Enter, saved with the notes', async () => {
    const { id, accountId, ada } = await meeting();
    render(<MeetingMode reviewId={id} />);
    expect(await screen.findByText(/Ctrl\+Shift\+Enter into an expansion lead/)).toBeInTheDocument();
    const notes = await screen.findByRole('textbox', { name: 'Notes on Roadmap' });
    await userEvent.click(notes);
    await userEvent.keyboard('SSO is fine{Enter}They want analytics for the EU team{Enter}Budget in Q1');
    (notes as HTMLTextAreaElement).setSelectionRange(15, 15); // the caret back on the second line
    await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New expansion lead' });
    expect(screen.queryByRole('dialog', { name: 'New commitment' })).toBeNull();
    expect(within(dialog).getByLabelText('Opportunity')).toHaveValue('They want analytics for the EU team');
    expect(within(dialog).getByLabelText('Evidence')).toHaveValue('They want analytics for the EU team\nRaised in Q4 review on 10 Dec 2026');
    const champion = within(dialog).getByLabelText('Champion for it');
    expect(champion).toHaveValue(ada);
    expect(within(champion).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not named yet', 'Ada Lovelace', 'Bob Stone']);
    await userEvent.type(within(dialog).getByLabelText('Estimated ARR (EUR)'), 'a lot');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Flag lead' }));
    expect(within(dialog).getByText('Enter the value as an amount, like 12000')).toBeInTheDocument();
    expect(await db.expansionOpportunities.count()).toBe(0);
    await userEvent.clear(within(dialog).getByLabelText('Estimated ARR (EUR)'));
    await userEvent.type(within(dialog).getByLabelText('Estimated ARR (EUR)'), '24,000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Flag lead' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New expansion lead' })).toBeNull());
    const [lead] = await db.expansionOpportunities.toArray();
    expect(lead).toMatchObject({ accountId, title: 'They want analytics for the EU team', estimatedArrMinor: 2_400_000, currency: 'EUR', championContactId: ada, stage: 'identified', source: 'meeting' });
    expect((await db.reviews.get(id))?.agendaItems[0]?.notes).toBe('SSO is fine\nThey want analytics for the EU team\nBudget in Q1');
  });

  it('has a button that takes the line where the caret was', async () => {
    const { id } = await meeting();
    render(<MeetingMode reviewId={id} />);
    const general = await screen.findByRole('textbox', { name: 'General notes' });
    await userEvent.click(general);
    await userEvent.keyboard('Twenty more seats for support');
    await userEvent.click(screen.getByRole('button', { name: 'Expansion lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'New expansion lead' });
    expect(within(dialog).getByLabelText('Opportunity')).toHaveValue('Twenty more seats for support');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'New expansion lead' })).toBeNull();
  });
});
