import { describeError } from './storage-error';
import { useToasts } from './toast';

/**
 * Tells the user about a failure that no screen is waiting for (a background task, an unhandled
 * rejection) with a toast, and logs it with its stack for whoever copies the console. The same
 * message is not shown twice while its toast is still up.
 */
export function reportProblem(error: unknown, what = 'Something went wrong'): void {
  console.error(`[Rapport] ${what}:`, error);
  const message = `${what}: ${describeError(error)}`;
  const { toasts, show } = useToasts.getState();
  if (toasts.some((t) => t.message === message)) return;
  show({ message });
}

/** Reports a task that fails again and again once per run of failures; a success re-arms it. */
export type FailureReporter = { failed: (error: unknown) => void; succeeded: () => void };

/** A reporter for a repeating task (a mirror, a timer): the first failure is told, repeats are only logged. */
export function createFailureReporter(what: string, report: (error: unknown, what: string) => void = reportProblem): FailureReporter {
  let told = false;
  return {
    failed: (error) => {
      if (told) { console.warn(`[Rapport] ${what} (again):`, error); return; }
      told = true;
      report(error, what);
    },
    succeeded: () => { told = false; },
  };
}
