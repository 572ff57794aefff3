import { create } from 'zustand';

/** A short message with an optional action (e.g. Undo). */
export type Toast = { id: number; message: string; actionLabel?: string; action?: () => void };

type ToastState = { toasts: Toast[]; show: (toast: Omit<Toast, 'id'>) => void; dismiss: (id: number) => void };

let nextId = 1;

/** Transient notices shown at the bottom of the window; they leave after a few seconds. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    setTimeout(() => get().dismiss(id), 8000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));
