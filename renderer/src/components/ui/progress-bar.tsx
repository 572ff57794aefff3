/** Props of ProgressBar. */
export type ProgressBarProps = { label: string; done: number; total: number };

/** An accessible progress bar with a readable count beside it. */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  return (
    <div className="field">
      <progress className="progress" aria-label={label} max={Math.max(total, 1)} value={done} />
      <span className="muted">{done.toLocaleString()} of {total.toLocaleString()} records</span>
    </div>
  );
}
