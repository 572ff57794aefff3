/** How far a sync round has come, for a progress bar: 0–1, or null when it cannot be told. */
export function syncFraction(progress: { phase: 'pushing' | 'pulling'; done: number; total?: number; reachedVersion?: number }, serverVersion: number | null): number | null {
  if (progress.phase === 'pushing') return progress.total ? clamp(progress.done / progress.total) : null;
  // Pulled pages come in version order, so the greatest version received against the team's
  // version (from its change events) tells how much of the team's history has arrived.
  if (progress.reachedVersion === undefined || !serverVersion) return null;
  return clamp(progress.reachedVersion / serverVersion);
}

function clamp(fraction: number): number {
  return Math.min(1, Math.max(0, fraction));
}
