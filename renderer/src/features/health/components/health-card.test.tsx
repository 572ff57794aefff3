// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/domain/local-date';
import { data } from '../../../db/instance';
import { localToday } from '../../../lib/format';
import { HealthCard } from './health-card';

async function accountWithTrouble(): Promise<string> {
  const today = localToday();
  const id = await data.create('accounts', {
    name: 'Harbor Freight Lines', externalId: null, segment: 'mid_market', tier: 'tier_2', arrMinor: 9_000_000, currency: 'USD', renewalDate: addDays(today, 200),
    lifecycleStage: 'mature', ownerId: null, industry: 'Logistics', tags: [], createdAt: '2025-01-01T00:00:00.000Z', deleted: false,
  });
  await data.createMany('usagePoints', Array.from({ length: 18 }, (_, i) => ({
    id: `hf-u${i}`, accountId: id, date: addDays(today, -7 * i), metric: 'weekly_active_users', value: i < 5 ? 50 : 100, deleted: false,
  })));
  await data.create('escalations', {
    accountId: id, title: 'Label printing down', description: '', severity: 'S1', departments: ['engineering'], ownerId: null,
    openedAt: `${addDays(today, -5)}T09:00:00.000Z`, targetResolutionDate: null, status: 'investigating', rootCause: '', resolution: '', resolvedAt: null, deleted: false,
  });
  return id;
}

describe('health card', () => {
  it('shows a breakdown adding up to the score, the drivers, and what-ifs that move the score', async () => {
    const id = await accountWithTrouble();
    render(<HealthCard accountId={id} />);
    const table = await screen.findByRole('table', { name: 'Health breakdown' });
    const scoreOf = () => Number(screen.getByLabelText('Health score', { exact: true }).getAttribute('data-score'));
    const points = [...table.querySelectorAll('td[data-points]')].map((c) => Number(c.getAttribute('data-points')));
    expect(points.reduce((s, p) => s + p, 0)).toBe(scoreOf());
    expect(within(table).getAllByText('missing').length).toBeGreaterThan(0);
    const drivers = screen.getByRole('list', { name: 'Biggest drivers' });
    expect(drivers).toHaveTextContent('Usage down 50% against the 90-day baseline');
    expect(drivers).toHaveTextContent('Open S1 escalation for 5 days');
    const before = scoreOf();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Resolve the S1 escalation "Label printing down"' }));
    await waitFor(() => expect(scoreOf()).toBeGreaterThan(before));
    const resolved = scoreOf();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Usage back to baseline' }));
    await waitFor(() => expect(scoreOf()).toBeGreaterThan(resolved));
    expect(screen.getByText(`what-if (now ${before})`)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Health score trend' })).toBeInTheDocument();
  });
});
