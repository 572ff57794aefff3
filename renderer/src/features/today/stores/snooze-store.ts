import { create } from 'zustand';

/** A worklist item put aside until a date, and why. */
export type Snooze = { until: string; reason: string };

const storageKey = 'rapport.snoozes';

function read(): Record<string, Snooze> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Snooze>) : {};
  } catch {
    return {};
  }
}

type SnoozeState = { snoozes: Record<string, Snooze>; snooze: (accountId: string, snooze: Snooze) => void; wake: (accountId: string) => void };

/** Snoozed worklist accounts (a device setting, kept in localStorage). */
export const useSnoozes = create<SnoozeState>((set, get) => {
  const save = (snoozes: Record<string, Snooze>) => {
    localStorage.setItem(storageKey, JSON.stringify(snoozes));
    set({ snoozes });
  };
  return {
    snoozes: typeof localStorage === 'undefined' ? {} : read(),
    snooze: (accountId, snooze) => save({ ...get().snoozes, [accountId]: snooze }),
    wake: (accountId) => {
      const { [accountId]: _gone, ...rest } = get().snoozes;
      save(rest);
    },
  };
});
