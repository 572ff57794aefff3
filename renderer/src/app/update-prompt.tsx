import { useAppUpdate } from '../lib/service-worker';

/** "A new version is ready — Reload": shown in web mode when a new build has been downloaded. */
export function UpdatePrompt() {
  const waiting = useAppUpdate((s) => s.waiting);
  const reload = useAppUpdate((s) => s.reload);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version of Rapport is ready.</span>
      <button type="button" className="button primary" onClick={reload}>Reload</button>
    </div>
  );
}
