// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultUpdateCadence } from '../../../../../shared/domain/escalation-rules';
import { useUpdateCadence } from '../../../lib/cadence-settings';
import { CadenceSettings } from './cadence-settings';

beforeEach(() => {
  localStorage.clear();
  useUpdateCadence.setState({ cadence: defaultUpdateCadence });
});

describe('customer-update cadence in Settings', () => {
  it('sets a severity in hours, keeps it on this device, and shows what it means', async () => {
    render(<CadenceSettings />);
    const s1 = screen.getByLabelText('S1 update every (hours)');
    expect(s1).toHaveValue('24');
    await userEvent.clear(s1);
    await userEvent.type(s1, '4{Enter}');
    expect(useUpdateCadence.getState().cadence.S1).toBe(4 * 3_600_000);
    expect(JSON.parse(localStorage.getItem('rapport.update-cadence') ?? 'null')).toMatchObject({ S1: 4 });
    expect(screen.getByRole('row', { name: /S1/ })).toHaveTextContent('every 4 h');

    const s3 = screen.getByLabelText('S3 update every (hours)');
    await userEvent.clear(s3);
    await userEvent.tab();
    expect(useUpdateCadence.getState().cadence.S3).toBeNull();
    expect(screen.getByRole('row', { name: /S3/ })).toHaveTextContent('on change only');
  });

  it('refuses a value it cannot use, says why, and keeps the previous cadence', async () => {
    render(<CadenceSettings />);
    const s2 = screen.getByLabelText('S2 update every (hours)');
    await userEvent.clear(s2);
    await userEvent.type(s2, '0{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A cadence is at least 1 hour');
    expect(s2).toHaveAttribute('aria-invalid', 'true');
    expect(useUpdateCadence.getState().cadence.S2).toBe(defaultUpdateCadence.S2);
    await userEvent.clear(s2);
    await userEvent.type(s2, '12{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useUpdateCadence.getState().cadence.S2).toBe(12 * 3_600_000);

    await userEvent.click(screen.getByRole('button', { name: /Use the defaults/ }));
    expect(useUpdateCadence.getState().cadence).toEqual(defaultUpdateCadence);
  });
});
