// Browser noise that is not a failure of ours (Chromium fires it when a resize settles a frame late).
const harmless = [/ResizeObserver loop/];

/**
 * Catches errors nobody handled (a thrown error in a handler, a rejected promise no one awaited) so
 * they are told and logged instead of vanishing. Returns the function that stops listening.
 */
export function watchGlobalErrors(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, report: (error: unknown) => void): () => void {
  const onError = (event: ErrorEvent) => {
    const error: unknown = event.error ?? new Error(event.message || 'Unknown error');
    if (harmless.some((re) => re.test(error instanceof Error ? error.message : String(error)))) return;
    report(error);
  };
  const onRejection = (event: PromiseRejectionEvent) => report(event.reason ?? new Error('A task failed without a reason'));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
