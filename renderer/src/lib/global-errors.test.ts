import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFailureReporter, reportProblem } from './error-report';
import { watchGlobalErrors } from './global-errors';
import { useToasts } from './toast';

afterEach(() => useToasts.setState({ toasts: [] }));

function fakeWindow() {
  const target = new EventTarget();
  const fire = (type: string, fields: Record<string, unknown>) => target.dispatchEvent(Object.assign(new Event(type), fields));
  return { target: target as unknown as Window, fire };
}

describe('errors nobody handled', () => {
  it('reports a thrown error and an unhandled rejection, and ignores browser resize noise', () => {
    const { target, fire } = fakeWindow();
    const seen: unknown[] = [];
    const stop = watchGlobalErrors(target, (e) => seen.push(e));
    const thrown = new Error('boom');
    fire('error', { error: thrown, message: 'boom' });
    fire('unhandledrejection', { reason: 'no reason given' });
    fire('error', { error: null, message: 'ResizeObserver loop completed with undelivered notifications.' });
    expect(seen).toEqual([thrown, 'no reason given']);
    stop();
    fire('error', { error: new Error('after stop') });
    expect(seen).toHaveLength(2);
  });

  it('tells the user with a toast once per message, storage errors in words', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    reportProblem(full, 'Could not save');
    reportProblem(full, 'Could not save');
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(["Could not save: This device's storage is full, so Rapport could not save. Free some disk space, then try again: what was saved before is kept."]);
  });

  it('a repeating task is reported on its first failure, then again only after it worked', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const told: string[] = [];
    const reporter = createFailureReporter('Mirror failed', (e) => told.push(String(e)));
    reporter.failed('a');
    reporter.failed('b');
    reporter.succeeded();
    reporter.failed('c');
    expect(told).toEqual(['a', 'c']);
  });
});
