import { describe, expect, it } from 'vitest';
import { mergePulledChange, rememberPulledValues } from './apply-pulled';

const hlc = '2026-11-22T06:33:21.123Z-0000-0123456789abcdef';
const change = (fields: Record<string, [unknown, number]>) => ({
  entity: 'accounts', id: 'a1', space: 'team' as const,
  fields: Object.fromEntries(Object.entries(fields).map(([f, [value, version]]) => [f, { value, version, hlc }])),
});

describe('merging a pulled change', () => {
  it('writes newer fields into the record and remembers their versions', () => {
    const merged = mergePulledChange(change({ name: ['Northwind', 17], tier: ['tier_1', 18] }), undefined, new Set());
    expect(merged.recordPatch).toEqual({ name: 'Northwind', tier: 'tier_1' });
    expect(merged.state).toEqual({ space: 'team', versions: { name: 17, tier: 18 }, values: {} });
  });

  it('keeps a field that has a pending local mutation, but learns its server version and value', () => {
    const merged = mergePulledChange(change({ name: ['Theirs', 20] }), { space: 'team', versions: { name: 3 }, values: { name: 'Old' } }, new Set(['name']));
    expect(merged.recordPatch).toEqual({});
    expect(merged.state.versions.name).toBe(20);
    expect(merged.state.values.name).toBe('Theirs');
  });

  it('forgets a remembered value once the record holds the pulled one again', () => {
    const merged = mergePulledChange(change({ name: ['Mine, as the server took it', 21] }), { space: 'team', versions: { name: 3 }, values: { name: 'Old' } }, new Set());
    expect(merged.recordPatch).toEqual({ name: 'Mine, as the server took it' });
    expect(merged.state.values).toEqual({});
  });

  it('ignores a field it already knows at that version or newer (a repeated page)', () => {
    const known = { space: 'team' as const, versions: { name: 20 }, values: {} };
    expect(mergePulledChange(change({ name: ['Stale', 19] }), known, new Set()).recordPatch).toEqual({});
    expect(mergePulledChange(change({ name: ['Same', 20] }), known, new Set()).recordPatch).toEqual({});
  });
});

describe('remembering pulled values before a local edit', () => {
  const known = { space: 'team' as const, versions: { name: 4, tier: 6 }, values: {} };

  it('keeps the value the record had from the server', () => {
    expect(rememberPulledValues(known, { name: 'Pulled', tier: 'tier_2' }, ['name'])?.values).toEqual({ name: 'Pulled' });
  });

  it('keeps the first remembered value through later unsent edits', () => {
    const once = rememberPulledValues(known, { name: 'Pulled' }, ['name']);
    expect(once && rememberPulledValues(once, { name: 'My first edit' }, ['name'])).toBeNull();
  });

  it('has nothing to remember for fields never pulled', () => {
    expect(rememberPulledValues(known, { notes: 'local only' }, ['notes'])).toBeNull();
  });
});
