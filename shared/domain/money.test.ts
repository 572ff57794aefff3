import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from './money';

describe('money', () => {
  it('formats minor units', () => {
    expect(formatMoney(1_500_000_00, 'USD', 'en-US')).toBe('$1,500,000');
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(4_200_050, 'USD', 'en-US')).toBe('$42,000.50');
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
