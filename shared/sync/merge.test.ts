import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { jsonEqual, mergeField, type IncomingField, type StoredField } from './merge';

/** A tiny field store that applies the rule the way the server does, recording every lost value. */
function applyAll(initial: StoredField | undefined, writes: IncomingField[]) {
  let stored = initial;
  let version = initial?.version ?? 0;
  const lost: unknown[] = [];
  for (const w of writes) {
    const m = mergeField(stored, w);
    if (m.conflict) lost.push(m.conflict.lostValue.value);
    if (m.action === 'write') {
      version += 1;
      stored = { value: w.value, version, hlc: w.hlc, writer: w.writer };
    }
  }
  return { stored, lost };
}

const hlcArb = fc
  .record({ ms: fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), counter: fc.integer({ min: 0, max: 0xffff }) })
  .map(({ ms, counter }) => ({ ms, counter }));

/** Concurrent writes from distinct clients, all made on the same base, with distinct HLCs. */
const concurrentWritesArb = fc
  .uniqueArray(fc.tuple(hlcArb, fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 3 }))), {
    minLength: 1, maxLength: 6, selector: ([h]) => `${h.ms}-${h.counter}`,
  })
  .map((items) =>
    items.map(([h, value], i): IncomingField => {
      const node = i.toString(16).padStart(16, '0');
      return { value, base: 3, hlc: formatHlc({ wallMs: h.ms, counter: h.counter, node }), writer: { userId: `u${i}`, clientId: `client-${i}` } };
    }),
  );

const start: StoredField = { value: 'start', version: 3, hlc: formatHlc({ wallMs: 1, counter: 0, node: 'f'.repeat(16) }), writer: null };

describe('mergeField', () => {
  it('writes a field that was never written, and a write based on the stored version', () => {
    const w: IncomingField = { value: 'x', base: 0, hlc: start.hlc, writer: { userId: 'u', clientId: 'c' } };
    expect(mergeField(undefined, w)).toEqual({ action: 'write', conflict: null });
    expect(mergeField(start, { ...w, base: 3 })).toEqual({ action: 'write', conflict: null });
  });

  it('lets a client overwrite its own write even from an older base', () => {
    const own: StoredField = { ...start, writer: { userId: 'u', clientId: 'c' } };
    const w: IncomingField = { value: 'y', base: 0, hlc: '0000', writer: { userId: 'u', clientId: 'c' } };
    expect(mergeField(own, w)).toEqual({ action: 'write', conflict: null });
  });

  it('keeps the later HLC of two concurrent writes and describes the loser', () => {
    const stored: StoredField = { value: 'a', version: 5, hlc: '2026-01-01T00:00:00.000Z-0000-0000000000000001', writer: { userId: 'u1', clientId: 'c1' } };
    const later: IncomingField = { value: 'b', base: 4, hlc: '2026-01-01T00:00:00.001Z-0000-0000000000000002', writer: { userId: 'u2', clientId: 'c2' } };
    const clientWins = mergeField(stored, later);
    expect(clientWins.action).toBe('write');
    expect(clientWins.conflict?.kept).toBe('client');
    expect(clientWins.conflict?.lostValue.value).toBe('a');
    const serverWins = mergeField({ ...stored, hlc: '2027-01-01T00:00:00.000Z-0000-0000000000000001' }, later);
    expect(serverWins).toMatchObject({ action: 'keep', conflict: { kept: 'server', lostValue: { value: 'b' } } });
  });

  it('records nothing when concurrent values are equal', () => {
    const stored: StoredField = { value: { a: 1, b: [1] }, version: 5, hlc: '2026', writer: { userId: 'u1', clientId: 'c1' } };
    const same: IncomingField = { value: { b: [1], a: 1 }, base: 0, hlc: '2025', writer: { userId: 'u2', clientId: 'c2' } };
    expect(mergeField(stored, same)).toEqual({ action: 'keep', conflict: null });
  });

  it('arrival order does not change the final value: the greatest HLC wins', () => {
    fc.assert(
      fc.property(concurrentWritesArb.chain((ws) => fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length }))), ([writes, shuffled]) => {
        const a = applyAll(start, writes).stored;
        const b = applyAll(start, shuffled).stored;
        const winner = [...writes].sort((x, y) => (x.hlc < y.hlc ? 1 : -1))[0];
        expect(jsonEqual(a?.value, b?.value)).toBe(true);
        expect(a?.value).toEqual(winner?.value);
      }),
    );
  });

  it('the loser is always recorded: every concurrent value is either kept or recorded', () => {
    fc.assert(
      fc.property(concurrentWritesArb, (writes) => {
        const { stored, lost } = applyAll(start, writes);
        for (const w of writes) {
          const survived = jsonEqual(stored?.value, w.value) || lost.some((l) => jsonEqual(l, w.value));
          expect(survived).toBe(true);
        }
      }),
    );
  });

  it('applying a write twice is the same as applying it once', () => {
    fc.assert(
      fc.property(concurrentWritesArb, fc.nat(), (writes, pick) => {
        const w = writes[pick % writes.length];
        if (!w) return;
        const before = applyAll(start, writes.filter((x) => x !== w)).stored;
        const once = applyAll(before, [w]);
        const twice = applyAll(before, [w, w]);
        expect(jsonEqual(twice.stored?.value, once.stored?.value)).toBe(true);
        // The server never re-applies a mutation (mutation ids), but even so no new value appears.
        expect(new Set(twice.lost)).toEqual(new Set(once.lost));
      }),
    );
  });

  it('a write made after seeing the latest version always wins, whatever its HLC', () => {
    fc.assert(
      fc.property(concurrentWritesArb, fc.string(), (writes, value) => {
        const { stored } = applyAll(start, writes);
        const seen = stored?.version ?? 0;
        const late: IncomingField = { value, base: seen, hlc: '0000-early', writer: { userId: 'late', clientId: 'late-client' } };
        const m = mergeField(stored, late);
        expect(m).toEqual({ action: 'write', conflict: null });
      }),
    );
  });
});
