import { create } from 'zustand';

/** A short message with an optional action (e.g. Undo); `error` toasts are announced at once. */
export type Toast = { id: number; message: string; tone?: 'info' | 'error'; actionLabel?: string; action?: () => void };

type ToastState = {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
  /** Runs the newest toast's Undo (Ctrl/Cmd+Z); false when there is nothing to undo. */
  undoLatest: () => boolean;
};

let nextId = 1;

/** Transient notices shown at the bottom of the window; they leave after a few seconds. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    setTimeout(() => get().dismiss(id), toast.action ? 10000 : 6000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  undoLatest: () => {
    const latest = [...get().toasts].reverse().find((t) => t.action && (t.actionLabel ?? 'Undo') === 'Undo');
    if (!latest?.action) return false;
    get().dismiss(latest.id);
    latest.action();
    return true;
  },
}));
