import { create } from 'zustand';
import type { Segment } from '../../../shared/domain/account';
import type { HealthComponentKey } from '../../../shared/domain/health/types';
import { checkHealthSettings, defaultHealthSettings, weightPresets, type BandThresholds, type HealthSettings } from '../../../shared/domain/health/weights';

const storageKey = 'rapport.health';

function readSettings(): HealthSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (!stored || typeof stored !== 'object') return defaultHealthSettings;
    const s = stored as Partial<HealthSettings>;
    const merged: HealthSettings = {
      weights: {
        smb: { ...weightPresets.smb, ...s.weights?.smb }, mid_market: { ...weightPresets.mid_market, ...s.weights?.mid_market },
        enterprise: { ...weightPresets.enterprise, ...s.weights?.enterprise },
      },
      thresholds: { ...defaultHealthSettings.thresholds, ...s.thresholds },
    };
    return checkHealthSettings(merged) === null ? merged : defaultHealthSettings;
  } catch {
    return defaultHealthSettings;
  }
}

type HealthSettingsState = {
  settings: HealthSettings;
  /** Sets one weight; returns the problem in words (and keeps the old value) when it is not usable. */
  setWeight: (segment: Segment, key: HealthComponentKey, weight: number) => string | null;
  setThresholds: (thresholds: BandThresholds) => string | null;
  resetSegment: (segment: Segment) => void;
};

/** Health score weights and bands: a setting of this device, kept in localStorage (see docs/derived-data.md). */
export const useHealthSettings = create<HealthSettingsState>((set, get) => {
  const apply = (next: HealthSettings) => {
    const problem = checkHealthSettings(next);
    if (problem) return problem;
    localStorage.setItem(storageKey, JSON.stringify(next));
    set({ settings: next });
    return null;
  };
  return {
    settings: typeof localStorage === 'undefined' ? defaultHealthSettings : readSettings(),
    setWeight: (segment, key, weight) => {
      const s = get().settings;
      return apply({ ...s, weights: { ...s.weights, [segment]: { ...s.weights[segment], [key]: weight } } });
    },
    setThresholds: (thresholds) => apply({ ...get().settings, thresholds }),
    resetSegment: (segment) => { apply({ ...get().settings, weights: { ...get().settings.weights, [segment]: weightPresets[segment] } }); },
  };
});
