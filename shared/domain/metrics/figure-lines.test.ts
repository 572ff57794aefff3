import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../import/csv-rows';
import { compareLines, figureLines, figuresCsv, formatChange, formatFigure } from './figure-lines';
import { periodFigures, sliceInput, type MetricsInput } from './figures';
import { periodContaining, previousPeriod } from './period';

const nov = periodContaining('month', '2026-11-01');
const account = (id: string, currency: string, arrMinor: number, segment: 'smb' | 'enterprise', ownerId: string) => ({
  id, name: id, segment, ownerId, arrMinor, currency, lifecycleStage: 'mature' as const, createdAt: '2025-01-01T00:00:00.000Z', renewalDate: null, deleted: false,
});
const input: MetricsInput = {
  accounts: [account('us', 'USD', 100_000, 'smb', 'ann'), account('eu', 'EUR', 50_000, 'enterprise', 'bob')],
  events: [{ accountId: 'us', kind: 'arr_changed', at: '2026-11-05T00:00:00.000Z', fromArrMinor: 100_000, toArrMinor: 110_000, currency: 'USD', fromStage: null, toStage: null, renewalDate: null, deleted: false }],
  responses: [
    { id: 'r1', accountId: 'us', contactId: null, kind: 'nps', score: 3, respondedAt: '2026-11-02T00:00:00.000Z', deleted: false, comment: '', theme: '' },
    { id: 'r2', accountId: 'eu', contactId: null, kind: 'nps', score: 10, respondedAt: '2026-10-02T00:00:00.000Z', deleted: false, comment: '', theme: '' },
  ],
  followUps: [{ id: 'fu-r1', responseId: 'r1', accountId: 'us', stage: 'closed', outcome: 'rescued', openedAt: '2026-11-02T00:00:00.000Z', dueAt: '2026-11-04T00:00:00.000Z', firstContactAt: '2026-11-03T00:00:00.000Z', deleted: false }],
  escalations: [], escalationEvents: [], commitments: [],
};

describe('figure lines', () => {
  it('lists money per currency, never summed, and every figure with its definition', () => {
    const lines = figureLines(periodFigures(input, nov, 'UTC', Date.parse('2026-12-01T00:00:00.000Z')));
    const byKey = new Map(lines.map((l) => [l.key, l]));
    expect(byKey.get('nrr:USD')?.value).toBeCloseTo(1.1);
    expect(byKey.get('nrr:EUR')?.value).toBe(1);
    expect(byKey.get('startingArr:EUR')).toMatchObject({ value: 50_000, currency: 'EUR' });
    expect(lines.some((l) => l.key === 'startingArr')).toBe(false);
    expect(byKey.get('nps')?.value).toBe(-100);
    expect(byKey.get('closedLoopRate')?.value).toBe(1);
    expect(lines.every((l) => l.definition.length > 20)).toBe(true);
  });
  it('shows expansion won through leads in the period, per currency, and only for the slice', () => {
    const won = [
      { accountId: 'us', currency: 'USD', arrMinor: 12_000_00, wonAt: '2026-11-20T10:00:00.000Z' },
      { accountId: 'us', currency: 'USD', arrMinor: 3_000_00, wonAt: '2026-11-28T10:00:00.000Z' },
      { accountId: 'eu', currency: 'EUR', arrMinor: 5_000_00, wonAt: '2026-11-10T10:00:00.000Z' },
      { accountId: 'eu', currency: 'EUR', arrMinor: 9_999_00, wonAt: '2026-10-31T10:00:00.000Z' },
    ];
    const withLeads = { ...input, won };
    const lines = new Map(figureLines(periodFigures(withLeads, nov, 'UTC', Date.parse('2026-12-01T00:00:00.000Z'))).map((l) => [l.key, l]));
    expect(lines.get('expansionWon:USD')).toMatchObject({ value: 15_000_00, format: 'money', label: 'Expansion won through leads (USD)' });
    expect(lines.get('expansionWon:EUR')?.value).toBe(5_000_00);
    const smb = figureLines(periodFigures(sliceInput(withLeads, { segment: 'smb', ownerId: null }), nov, 'UTC', Date.parse('2026-12-01T00:00:00.000Z')));
    expect(smb.filter((l) => l.key.startsWith('expansionWon')).map((l) => l.key)).toEqual(['expansionWon:USD']);
    expect(figureLines(periodFigures(input, nov, 'UTC', 0)).some((l) => l.key.startsWith('expansionWon'))).toBe(false);
  });
  it('slices by segment or owner to the records of those accounts', () => {
    const enterprise = sliceInput(input, { segment: 'enterprise', ownerId: null });
    expect(enterprise.accounts.map((a) => a.id)).toEqual(['eu']);
    expect(enterprise.responses.map((r) => r.id)).toEqual(['r2']);
    expect(sliceInput(input, { segment: null, ownerId: 'ann' }).followUps).toHaveLength(1);
  });
  it('compares with the previous month (an empty period reads "—") and exports CSV that reads back', () => {
    const now = Date.parse('2026-12-01T00:00:00.000Z');
    const current = figureLines(periodFigures(input, nov, 'UTC', now));
    const previous = figureLines(periodFigures(input, previousPeriod(nov), 'UTC', now));
    const compared = compareLines(current, previous);
    const nps = compared.find((l) => l.key === 'nps');
    expect(nps).toMatchObject({ shown: '-100', previousShown: '+100', changeShown: '−200 pts' });
    expect(compared.find((l) => l.key === 'closedLoopRate')).toMatchObject({ shown: '100.0%', previousShown: '—', changeShown: '—' });
    const csv = parseCsv(figuresCsv(compared, 'November 2026', 'October 2026'));
    expect(csv.headers.slice(0, 4)).toEqual(['Group', 'Figure', 'Currency', 'November 2026 (value)']);
    expect(csv.rows.find((r) => r.cells[1] === 'NPS')?.cells.slice(3, 8)).toEqual(['-100', '100', '-100', '+100', '−200 pts']);
  });
  it('formats each kind of figure', () => {
    expect(formatFigure(0.9125, 'percent')).toBe('91.3%');
    expect(formatFigure(123_456, 'money', 'EUR')).toBe('€1,234.56');
    expect(formatFigure(null, 'hours')).toBe('—');
    expect(formatChange(0.5, 0.25, 'percent')).toBe('+25.0 pts');
    expect(formatChange(3, 3, 'count')).toBe('±0');
  });
});
