import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generatePortfolio } from '../sample/portfolio';
import { entityFields, entityNames } from './entities';
import { compileFastCheck } from './fast-record-check';
import { compileShapeCheck } from './fast-record-check';
import { fastCheckOf, parseRecordFields, readRecord, recordSchemaOf } from './record-check';

const portfolio = generatePortfolio({ accounts: 12 }) as unknown as Record<string, Record<string, unknown>[]>;

/** Values that break a field one way or another: wrong types, empty, blank, too long, out of range, badly formed. */
const oddValues: unknown[] = [
  undefined, null, '', '   ', ' x ', 'x'.repeat(60), 'x'.repeat(201), 'x'.repeat(5_001), 'x'.repeat(20_001), 'bad id!', 'a'.repeat(65),
  -1, 0, 1.5, 2 ** 60, NaN, Infinity, true, false, [], [''], ['  '], ['ok'], Array.from({ length: 31 }, (_, i) => `t${i}`), [1], {}, { a: 1 }, { a: 'x' },
  '2026-02-30', '2026-13-01', '2026-11-22', '2026-11-22T09:30:00.000Z', '2026-11-22T09:30:00Z', '2026-11-22 09:30', 'USD', 'usd', 'smb', 'S1',
  'someone@example.com', 'not an email', 'tm-1', new Date(),
];

describe('the compiled record check', () => {
  it('compiles every entity and accepts every valid generated record', () => {
    for (const entity of entityNames) {
      const check = fastCheckOf(entity);
      expect(check, entity).not.toBeNull();
      for (const record of portfolio[entity] ?? []) expect(check?.(record), `${entity} ${String(record.id)}`).toBe(true);
    }
  });

  it('never accepts a record zod refuses, whatever one field holds', () => {
    let refused = 0;
    for (const entity of entityNames) {
      const base = portfolio[entity]?.[0];
      if (!base) continue;
      const check = fastCheckOf(entity);
      for (const field of Object.keys(entityFields[entity])) {
        for (const odd of oddValues) {
          const record = { ...base, [field]: odd };
          const zodOk = recordSchemaOf(entity).safeParse(record).success;
          if (!zodOk) refused += 1;
          // "Not sure" is always allowed; "valid" only when zod agrees.
          if (check?.(record)) expect(zodOk, `${entity}.${field} = ${JSON.stringify(odd)}`).toBe(true);
        }
      }
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('in "unchanged" mode, accepts only what zod accepts and returns as it was', () => {
    let accepted = 0;
    for (const entity of entityNames) {
      const base = portfolio[entity]?.[0];
      if (!base) continue;
      const check = compileShapeCheck(entityFields[entity], { unchanged: true });
      for (const field of Object.keys(entityFields[entity])) {
        for (const odd of oddValues) {
          const { id: _id, ...record } = { ...base, [field]: odd };
          if (!check?.(record)) continue;
          accepted += 1;
          const parsed = recordSchemaOf(entity).safeParse(record);
          expect(parsed.success, `${entity}.${field} = ${JSON.stringify(odd)}`).toBe(true);
          expect(parseRecordFields(entity, record)).toEqual({ success: true, data: parsed.data });
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
    // A name with spaces around it is trimmed by zod: not "unchanged", so zod's output is used.
    const { id: _id, ...account } = portfolio.accounts?.[0] ?? {};
    expect(parseRecordFields('accounts', { ...account, name: '  Northwind  ' })).toMatchObject({ success: true, data: { name: 'Northwind' } });
  });

  it('answers "not sure" for schemas it does not know, so zod decides them', () => {
    expect(compileFastCheck(z.string().refine((s) => s.startsWith('a')))).toBeNull();
    expect(compileFastCheck(z.string().url())).toBeNull();
    expect(compileFastCheck(z.number().multipleOf(5))).toBeNull();
    expect(compileFastCheck(z.coerce.number())).toBeNull();
    expect(compileFastCheck(z.string().transform((s) => s.length))).toBeNull();
  });

  it('checks values after a trim, as zod does', () => {
    const check = compileFastCheck(z.string().trim().min(1).max(3));
    expect([' ab ', '   ', 'abcd', ' abc '].map((v) => check?.(v))).toEqual([true, false, false, true]);
  });
});

describe('reading a pulled record through the compiled check', () => {
  it('gives the same answer and reason as zod alone for broken records', () => {
    const now = '2026-11-28T10:00:00.000Z';
    const account = portfolio.accounts?.[0] ?? {};
    expect(readRecord('accounts', { ...account, arrMinor: -5 }, now)).toMatchObject({ ok: false, problem: expect.stringMatching(/^arrMinor: /) as unknown });
    expect(readRecord('accounts', { ...account, name: '  ' }, now)).toMatchObject({ ok: false, problem: expect.stringMatching(/^name: /) as unknown });
    expect(readRecord('accounts', { ...account, tags: ['ok', 7] }, now)).toMatchObject({ ok: false, problem: expect.stringMatching(/^tags: /) as unknown });
    const valid = readRecord('accounts', account, now);
    expect(valid).toEqual({ ok: true, record: account, filled: false });
  });
});
