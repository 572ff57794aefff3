import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyTotals, formatOptionalMoney, parseMoney, sumByCurrency } from './money';

describe('money', () => {
  it('formats minor units', () => {
    expect(formatMoney(1_500_000_00, 'USD', 'en-US')).toBe('$1,500,000');
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(4_200_050, 'USD', 'en-US')).toBe('$42,000.50');
  });
  it('shows cents only when the amount has them', () => {
    expect(formatMoney(1200, 'USD', 'en-US')).toBe('$12');
    expect(formatMoney(1_500_050, 'USD', 'en-US')).toBe('$15,000.50');
    expect(formatMoney(1205, 'EUR', 'en-US')).toBe('€12.05');
  });
  it('shows a dash, not $0.00, when there is no amount', () => {
    expect(formatOptionalMoney(0, 'USD', 'en-US')).toBe('—');
    expect(formatOptionalMoney(null, 'USD', 'en-US')).toBe('—');
    expect(formatOptionalMoney(100, 'USD', 'en-US')).toBe('$1');
  });
  it('sums per currency and never mixes them', () => {
    const accounts = [
      { arr: 100_000_00, currency: 'USD' }, { arr: 30_000_000, currency: 'EUR' }, { arr: 110_000_000, currency: 'USD' }, { arr: 0, currency: 'GBP' },
    ];
    const totals = sumByCurrency(accounts, (a) => ({ minor: a.arr, currency: a.currency }));
    expect(Object.fromEntries(totals)).toEqual({ USD: 120_000_000, EUR: 30_000_000, GBP: 0 });
    expect(formatMoneyTotals(totals, 'en-US')).toBe('$1.2M · €300K');
    expect(formatMoneyTotals(sumByCurrency([{ minor: 4_250_00, currency: 'USD' }], (x) => x), 'en-US')).toBe('$4,250');
    expect(formatMoneyTotals(new Map(), 'en-US')).toBe('—');
  });
  it('parses CRM export strings into minor units', () => {
    expect(parseMoney('$15,000.00')).toBe(1_500_000);
    expect(parseMoney('15000')).toBe(1_500_000);
    expect(parseMoney('15.000,50 €')).toBe(1_500_050);
    expect(parseMoney('USD 1,234')).toBe(123_400);
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('n/a')).toBeNull();
  });
});
