import { useState } from 'react';
import { segments, type Segment } from '../../../../../shared/domain/account';
import { healthComponentKeys, healthComponentLabels } from '../../../../../shared/domain/health/types';
import { useHealthSettings } from '../../../lib/health-settings';

const segmentNames: Record<Segment, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };

/** Settings → Health score: weights per segment (presets to start from) and the band thresholds; changes re-rank Today at once. */
export function HealthSettings() {
  const { settings, setWeight, setThresholds, resetSegment } = useHealthSettings();
  const [problem, setProblem] = useState<string | null>(null);
  const total = (s: Segment) => healthComponentKeys.reduce((sum, k) => sum + settings.weights[s][k], 0);
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return (
    <section className="card" aria-labelledby="health-settings-title">
      <h2 id="health-settings-title">Health score</h2>
      <p className="muted">How much each signal counts, per segment. Weights are relative: a missing signal&apos;s weight is shared among the others.</p>
      <table className="table weights" aria-label="Health weights">
        <thead><tr><th scope="col">Signal</th>{segments.map((s) => <th key={s} scope="col" className="num">{segmentNames[s]}</th>)}</tr></thead>
        <tbody>
          {healthComponentKeys.map((k) => (
            <tr key={k}>
              <th scope="row">{healthComponentLabels[k]}</th>
              {segments.map((s) => (
                <td key={s} className="num">
                  <input
                    className="input" type="number" min={0} step={1} aria-label={`${healthComponentLabels[k]} weight, ${segmentNames[s]}`}
                    defaultValue={settings.weights[s][k]} key={settings.weights[s][k]}
                    onBlur={(e) => setProblem(setWeight(s, k, number(e.target.value)))}
                    onKeyDown={(e) => { if (e.key === 'Enter') setProblem(setWeight(s, k, number(e.currentTarget.value))); }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row">Total</th>{segments.map((s) => <td key={s} className="num muted">{total(s)}</td>)}</tr>
          <tr><td />{segments.map((s) => <td key={s} className="num"><button type="button" className="link" onClick={() => resetSegment(s)}>Use preset</button></td>)}</tr>
        </tfoot>
      </table>
      <div className="toolbar" style={{ marginTop: 10 }}>
        <label className="check">Healthy from
          <input className="input" type="number" min={0} max={100} aria-label="Healthy from" style={{ width: 64 }} defaultValue={settings.thresholds.healthy} key={`h${settings.thresholds.healthy}`}
            onBlur={(e) => setProblem(setThresholds({ ...settings.thresholds, healthy: number(e.target.value) }))} />
        </label>
        <label className="check">Watch from
          <input className="input" type="number" min={0} max={100} aria-label="Watch from" style={{ width: 64 }} defaultValue={settings.thresholds.watch} key={`w${settings.thresholds.watch}`}
            onBlur={(e) => setProblem(setThresholds({ ...settings.thresholds, watch: number(e.target.value) }))} />
        </label>
        <span className="muted">Below watch is at risk.</span>
      </div>
      {problem ? <p className="error" role="alert">{problem} — the previous value is kept.</p> : null}
    </section>
  );
}
