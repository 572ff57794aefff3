import { afterEach, describe, expect, it } from 'vitest';
import { useToasts } from './toast';

afterEach(() => useToasts.setState({ toasts: [] }));

describe('toasts', () => {
  it('undoes the newest change that offered Undo, once', () => {
    const undone: string[] = [];
    const { show, undoLatest } = useToasts.getState();
    show({ message: 'Deleted Acme', actionLabel: 'Undo', action: () => undone.push('acme') });
    show({ message: 'Touch logged' });
    show({ message: 'Resolved Outage', actionLabel: 'Undo', action: () => undone.push('outage') });
    expect(undoLatest()).toBe(true);
    expect(undone).toEqual(['outage']);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Deleted Acme', 'Touch logged']);
    expect(undoLatest()).toBe(true);
    expect(undoLatest()).toBe(false);
    expect(undone).toEqual(['outage', 'acme']);
  });
});
