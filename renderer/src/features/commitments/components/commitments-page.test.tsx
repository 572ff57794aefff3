// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../../../../shared/domain/local-date';
import { newRecordFields } from '../../../../../shared/domain/record-defaults';
import { data } from '../../../db/instance';
import { userZone } from '../../../lib/now';
import { CommitmentsPage } from './commitments-page';

describe('Commitments → Everyone', () => {
  it('counts overdue and due today in the header from the same rules as the list it shows', async () => {
    const today = localDateOf(Date.now(), userZone);
    const nowIso = new Date().toISOString();
    const promise = (title: string, dueDate: string, ownerId: string) =>
      data.create('commitments', newRecordFields('commitments', { title, dueDate, ownerId, owedBy: 'us' }, nowIso));
    await promise('Send the roadmap', addDays(today, -3), 'tm-someone');
    await promise('Share the SLA report', addDays(today, -1), 'tm-other');
    await promise('Call back about SSO', today, 'tm-other');
    await promise('Quarterly review deck', addDays(today, 30), 'tm-someone');
    render(<CommitmentsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Everyone' }));
    expect(await screen.findByText('2 overdue · 1 due today')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Overdue/ })).toHaveTextContent('Overdue 2');
    expect(screen.getByRole('heading', { name: /^Today/ })).toHaveTextContent('Today 1');
  });
});
