import { describeDeadline, type ProgramProgress as Progress } from '../../../../../shared/domain/recovery/recovery-rules';

/** Props of ProgramProgress. */
export type ProgramProgressProps = { title: string; progress: Progress; compact?: boolean };

/**
 * Outreach progress against the deadline: the share of accounts reached, with a marker where the
 * clock stands between the incident and the deadline (reaching ahead of the marker is on pace).
 */
export function ProgramProgress({ title, progress: p, compact }: ProgramProgressProps) {
  const behind = p.overdue > 0 || (p.timeElapsed > p.share && p.msToDeadline > 0 && p.share < 1);
  return (
    <div className={compact ? 'program-progress compact' : 'program-progress'}>
      <div className="program-progress-track" role="progressbar" aria-label={`${title}: accounts reached`} aria-valuemin={0} aria-valuemax={p.total} aria-valuenow={p.reached} aria-valuetext={`${p.reached} of ${p.total} reached, ${describeDeadline(p.msToDeadline)}`}>
        <div className={behind ? 'program-progress-fill behind' : 'program-progress-fill'} style={{ width: `${Math.round(p.share * 100)}%` }} />
        <div className="program-progress-clock" style={{ left: `${Math.round(p.timeElapsed * 100)}%` }} aria-hidden="true" />
      </div>
      <div className="program-progress-text">
        <span><strong>{p.reached}</strong> of {p.total} reached</span>
        {p.overdue > 0 ? <span className="badge danger">{p.overdue} overdue</span> : p.pending > 0 ? <span className="muted">{p.pending} to contact</span> : null}
        <span className={p.msToDeadline < 0 && p.overdue > 0 ? 'error' : 'muted'}>{p.share === 1 && p.total > 0 ? `all reached · ${p.reachedWithinDeadline} within the deadline` : describeDeadline(p.msToDeadline)}</span>
      </div>
    </div>
  );
}
