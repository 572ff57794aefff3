// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAccount, testTarget } from '../../../../../shared/domain/recovery/fixtures.test-support';
import { data, db } from '../../../db/instance';
import { TargetTrack } from './target-track';

describe('an account\'s recovery track', () => {
  it('waits for an impact to be chosen, and explains a remediation it cannot save instead of losing it', async () => {
    const account = testAccount('a1', { currency: 'EUR' });
    await data.apply([{ op: 'create', entity: 'recoveryTargets', id: 't-a1', fields: { programId: 'prog', accountId: 'a1', stage: 'impact_assessed', impact: 'minor' } }]);
    const target = testTarget('a1', { stage: 'impact_assessed', impact: 'minor' });
    render(<TargetTrack target={target} account={account} escalations={[]} />);
    expect(screen.getByRole('button', { name: 'minor' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Save remediation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Agree a credit, a fix date or a workaround');
    await userEvent.type(screen.getByLabelText('Credit'), 'ten euros');
    await userEvent.click(screen.getByRole('button', { name: 'Save remediation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the credit as an amount, like 500 or 500.00');
    expect(screen.getByLabelText('Credit')).toHaveValue('ten euros');
    await userEvent.clear(screen.getByLabelText('Credit'));
    await userEvent.type(screen.getByLabelText('Credit'), '250');
    await userEvent.click(screen.getByRole('button', { name: 'Save remediation' }));
    await waitFor(async () => expect(await db.recoveryTargets.get('t-a1')).toMatchObject({ stage: 'remediated', creditMinor: 25_000, creditCurrency: 'EUR' }));
  });

  it('keeps Save impact off until an impact is chosen', () => {
    render(<TargetTrack target={testTarget('a2', { stage: 'contacted' })} account={testAccount('a2')} escalations={[]} />);
    expect(screen.getByRole('button', { name: 'Save impact' })).toBeDisabled();
  });
});
