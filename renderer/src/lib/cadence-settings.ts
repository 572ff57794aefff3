import { create } from 'zustand';
import type { Severity } from '../../../shared/domain/escalation';
import { defaultUpdateCadence, type UpdateCadence } from '../../../shared/domain/escalation-rules';
import { cadenceToHours, readCadence } from '../../../shared/domain/update-cadence';

const storageKey = 'rapport.update-cadence';

function stored(): UpdateCadence {
  try {
    return readCadence(JSON.parse(localStorage.getItem(storageKey) ?? 'null'));
  } catch {
    return defaultUpdateCadence;
  }
}

type CadenceState = {
  cadence: UpdateCadence;
  /** Sets one severity's cadence in whole hours (null: on change only); the value is already checked. */
  setHours: (severity: Severity, hours: number | null) => void;
  reset: () => void;
};

/**
 * The customer-update cadence per severity: a setting of this device, kept in localStorage like the
 * health weights (a team-wide value would need a synced settings record; see docs/derived-data.md).
 */
export const useUpdateCadence = create<CadenceState>((set, get) => {
  const save = (cadence: UpdateCadence) => {
    localStorage.setItem(storageKey, JSON.stringify(cadenceToHours(cadence)));
    set({ cadence });
  };
  return {
    cadence: typeof localStorage === 'undefined' ? defaultUpdateCadence : stored(),
    setHours: (severity, hours) => save({ ...get().cadence, [severity]: hours === null ? null : hours * 3_600_000 }),
    reset: () => save(defaultUpdateCadence),
  };
});
