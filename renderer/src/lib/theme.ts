import { create } from 'zustand';

/** The user's theme choice. */
export type ThemeChoice = 'light' | 'dark' | 'system';

const storageKey = 'rapport.theme';

function readChoice(): ThemeChoice {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system';
}

/** The theme the page should show for a choice, given the OS preference. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

type ThemeState = { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void; toggle: () => void };

/** The theme preference (a UI setting of this device, kept in localStorage). */
export const useTheme = create<ThemeState>((set, get) => ({
  choice: readChoice(),
  setChoice: (choice) => {
    localStorage.setItem(storageKey, choice);
    set({ choice });
  },
  toggle: () => {
    const current = resolveTheme(get().choice, prefersDark());
    get().setChoice(current === 'dark' ? 'light' : 'dark');
  },
}));

/** Whether the OS asks for dark mode. */
export function prefersDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}
