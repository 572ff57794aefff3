import { describe, expect, it } from 'vitest';
import { defaultUpdateCadence, nextCustomerUpdateDue } from './escalation-rules';
import { cadenceFromHours, cadenceToHours, describeCadence, parseCadenceHours, readCadence } from './update-cadence';

describe('update cadence as people set it', () => {
  it('shows the default in hours and round-trips', () => {
    expect(cadenceToHours(defaultUpdateCadence)).toEqual({ S1: 24, S2: 48, S3: 168, S4: null });
    expect(cadenceFromHours(cadenceToHours(defaultUpdateCadence))).toEqual(defaultUpdateCadence);
  });

  it('reads whole hours, empty as on change only, and refuses the rest in words', () => {
    expect(parseCadenceHours(' 4 ')).toEqual({ hours: 4 });
    expect(parseCadenceHours('')).toEqual({ hours: null });
    expect(parseCadenceHours('720')).toEqual({ hours: 720 });
    expect(parseCadenceHours('0')).toEqual({ error: expect.stringContaining('at least 1 hour') as string });
    expect(parseCadenceHours('721')).toEqual({ error: expect.stringContaining('at most 720 hours') as string });
    expect(parseCadenceHours('2.5')).toEqual({ error: expect.stringContaining('not a number of hours') as string });
    expect(parseCadenceHours('daily')).toEqual({ error: expect.stringContaining('"daily"') as string });
  });

  it('keeps each usable stored value and falls back per severity for the rest', () => {
    expect(readCadence({ S1: 4, S2: 'x', S3: null, S4: 1000 })).toEqual({ S1: 4 * 3_600_000, S2: defaultUpdateCadence.S2, S3: null, S4: null });
    expect(readCadence('garbage')).toEqual(defaultUpdateCadence);
  });

  it('moves the next update due when the cadence changes', () => {
    const e = { id: 'e1', severity: 'S1' as const, departments: [], status: 'open' as const, openedAt: '2026-03-01T08:00:00.000Z', resolvedAt: null, deleted: false };
    const fourHours = cadenceFromHours({ S1: 4, S2: 48, S3: 168, S4: null });
    expect(nextCustomerUpdateDue(e, [], fourHours)).toBe(Date.parse('2026-03-01T12:00:00.000Z'));
    expect(nextCustomerUpdateDue(e, [], cadenceFromHours({ S1: null, S2: 48, S3: 168, S4: null }))).toBeNull();
  });

  it('says the cadence in words', () => {
    expect(describeCadence(24 * 3_600_000)).toBe('every 24 h');
    expect(describeCadence(168 * 3_600_000)).toBe('every 7 d');
    expect(describeCadence(null)).toBe('on change only');
  });
});
