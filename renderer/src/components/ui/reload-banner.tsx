import { useReloadNotice } from '../../lib/reload-notice';

/** The banner asking to reload when this window can no longer safely carry on; nothing otherwise. */
export function ReloadBanner() {
  const message = useReloadNotice((s) => s.message);
  if (!message) return null;
  return (
    <div className="app-banner" role="alert">
      <span>{message}</span>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>Reload</button>
    </div>
  );
}
