import { describe, expect, it } from 'vitest';
import { readRecord } from './record-check';

const now = '2026-11-28T10:00:00.000Z';

describe('reading a record written elsewhere', () => {
  it('sets aside an account that has no name, saying why', () => {
    expect(readRecord('accounts', { id: 'a1', tags: ['x'] }, now)).toEqual({ ok: false, problem: 'it has no name' });
    expect(readRecord('accounts', { id: 'a1', industry: 'Retail' }, now)).toEqual({ ok: false, problem: 'it has no name' });
  });

  it('fills the defaults of fields an older writer did not know, keeping the rest', () => {
    const read = readRecord('accounts', { id: 'a1', name: 'Northwind', segment: 'enterprise', futureField: 1 }, now);
    expect(read).toMatchObject({ ok: true, record: { id: 'a1', name: 'Northwind', segment: 'enterprise', tags: [], arrMinor: 0, futureField: 1 } });
  });

  it('refuses a value its schema does not accept', () => {
    const read = readRecord('accounts', { id: 'a1', name: 'N', arrMinor: -5 }, now);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problem).toMatch(/^arrMinor: /);
  });
});
