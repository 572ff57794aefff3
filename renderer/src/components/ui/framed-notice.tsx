/** Shown instead of the app when another page frames it: nothing to click but the way out. */
export function FramedNotice() {
  return (
    <div className="welcome" role="alert">
      <h1>Rapport cannot run inside another page</h1>
      <p className="muted">To protect your data, Rapport only works when opened directly.</p>
      <p><a href={window.location.href} target="_top" rel="noopener">Open Rapport on its own</a></p>
    </div>
  );
}
