import { describe, expect, it } from 'vitest';
import { createHlcState, formatHlc, greatestHlc, isHlc, parseHlc, receiveHlc, tickHlc } from './hlc';

const node = '0123456789abcdef';

describe('hybrid logical clock', () => {
  it('formats as PROTOCOL.md says', () => {
    const { hlc } = tickHlc(createHlcState(node), Date.parse('2026-11-22T06:33:21.123Z'));
    expect(hlc).toBe('2026-11-22T06:33:21.123Z-0000-0123456789abcdef');
    expect(isHlc(hlc)).toBe(true);
    expect(parseHlc(hlc)).toEqual({ wallMs: Date.parse('2026-11-22T06:33:21.123Z'), counter: 0, node });
  });

  it('stays monotonic when the wall clock stands still or goes back', () => {
    let state = createHlcState(node);
    const seen: string[] = [];
    for (const now of [1000, 1000, 999, 500, 1001]) {
      const t = tickHlc(state, now);
      state = t.state;
      seen.push(t.hlc);
    }
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('issues a later HLC after receiving one from a fast clock', () => {
    const remote = '2030-01-01T00:00:00.000Z-0005-ffffffffffffffff';
    const state = receiveHlc(createHlcState(node), remote, Date.parse('2026-01-01T00:00:00Z'));
    const { hlc } = tickHlc(state, Date.parse('2026-01-01T00:00:01Z'));
    expect(hlc > remote).toBe(true);
  });

  it('rejects malformed strings', () => {
    expect(isHlc('2026-11-22T06:33:21.123Z-0000-0123456789ABCDEF')).toBe(false);
    expect(isHlc('2026-11-22T06:33:21Z-0000-0123456789abcdef')).toBe(false);
    expect(isHlc(42)).toBe(false);
    expect(() => parseHlc('nope')).toThrow(/Malformed/);
  });

  it('carries counter overflow into the next millisecond', () => {
    const full = { wallMs: 5000, counter: 0xffff, node };
    const { state } = tickHlc(full, 5000);
    expect(state).toEqual({ wallMs: 5001, counter: 0, node });
    expect(formatHlc(state) > formatHlc(full)).toBe(true);
  });

  it('finds the latest well-formed HLC of a page, skipping malformed ones', () => {
    const early = formatHlc({ wallMs: Date.parse('2026-11-22T06:00:00.000Z'), counter: 3, node });
    const late = formatHlc({ wallMs: Date.parse('2026-11-22T07:00:00.000Z'), counter: 0, node });
    const lateOtherNode = formatHlc({ wallMs: Date.parse('2026-11-22T07:00:00.000Z'), counter: 0, node: 'ffffffffffffffff' });
    expect(greatestHlc([late, early])).toBe(late);
    expect(greatestHlc([early, lateOtherNode, late])).toBe(lateOtherNode);
    expect(greatestHlc(['zzz not a clock', early])).toBe(early);
    expect(greatestHlc(['zzz'])).toBeUndefined();
    expect(greatestHlc([])).toBeUndefined();
  });
});
