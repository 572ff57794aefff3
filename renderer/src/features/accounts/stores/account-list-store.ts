import { create } from 'zustand';
import { emptyAccountFilter, type AccountFilter, type AccountSort } from '../../../../../shared/domain/account-list';

/** A named filter and sort the user saved. */
export type SavedView = { name: string; filter: AccountFilter; sort: AccountSort };

type AccountListState = {
  filter: AccountFilter;
  sort: AccountSort;
  savedViews: SavedView[];
  setFilter: (patch: Partial<AccountFilter>) => void;
  setSort: (sort: AccountSort) => void;
  clear: () => void;
  saveView: (name: string) => void;
  applyView: (name: string) => void;
  deleteView: (name: string) => void;
};

const viewsKey = 'rapport.accountViews';

function readViews(): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(viewsKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedView[]).map((v) => ({ ...v, filter: { ...emptyAccountFilter, ...v.filter } })) : [];
  } catch {
    return [];
  }
}

/** The portfolio list's filter, sort and saved views (UI state; saved views persist on this device). */
export const useAccountList = create<AccountListState>((set, get) => ({
  filter: emptyAccountFilter,
  sort: { key: 'name', direction: 'asc' },
  savedViews: typeof localStorage === 'undefined' ? [] : readViews(),
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  setSort: (sort) => set({ sort }),
  clear: () => set({ filter: emptyAccountFilter }),
  saveView: (name) => {
    const views = [...get().savedViews.filter((v) => v.name !== name), { name, filter: get().filter, sort: get().sort }];
    localStorage.setItem(viewsKey, JSON.stringify(views));
    set({ savedViews: views });
  },
  applyView: (name) => {
    const view = get().savedViews.find((v) => v.name === name);
    if (view) set({ filter: view.filter, sort: view.sort });
  },
  deleteView: (name) => {
    const views = get().savedViews.filter((v) => v.name !== name);
    localStorage.setItem(viewsKey, JSON.stringify(views));
    set({ savedViews: views });
  },
}));
