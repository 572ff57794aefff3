// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHealth } from '../../../db/health/health-client';
import type { AccountHealth } from '../../../db/health/health-summary';
import { HealthCell } from './account-table';

const scored = (accountId: string, score: number): AccountHealth => ({
  accountId, name: accountId, arrMinor: 0, currency: 'USD', deleted: false, score, band: 'watch', drivers: [], alerts: [],
});

describe('the health cell of the accounts list', () => {
  it('says "Scoring…" until the first scoring answers, then shows the score, or nothing for an account without one', () => {
    useHealth.setState({ byAccount: new Map(), ready: false, error: null });
    render(<><HealthCell accountId="a1" /><HealthCell accountId="a2" /></>);
    expect(screen.getAllByText('Scoring…')).toHaveLength(2);
    act(() => useHealth.setState({ byAccount: new Map([['a1', scored('a1', 52)]]), ready: true, error: null }));
    expect(screen.getByText('52 · Watch')).toBeTruthy();
    expect(screen.queryByText('Scoring…')).toBeNull();
  });

  it('stops saying "Scoring…" when scoring failed (the error is shown elsewhere)', () => {
    useHealth.setState({ byAccount: new Map(), ready: false, error: 'Health scores could not be computed: disk full' });
    render(<HealthCell accountId="a1" />);
    expect(screen.queryByText('Scoring…')).toBeNull();
  });
});
