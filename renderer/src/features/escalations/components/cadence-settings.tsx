import { useState } from 'react';
import { severities, type Severity } from '../../../../../shared/domain/escalation';
import { cadenceToHours, describeCadence, parseCadenceHours } from '../../../../../shared/domain/update-cadence';
import { useUpdateCadence } from '../../../lib/cadence-settings';

const severityNames: Record<Severity, string> = { S1: 'S1 — critical', S2: 'S2 — major', S3: 'S3 — minor', S4: 'S4 — low' };

/** Settings → Customer updates: how often the customer hears from us per escalation severity; countdowns, Today and alerts follow at once. */
export function CadenceSettings() {
  const cadence = useUpdateCadence((s) => s.cadence);
  const setHours = useUpdateCadence((s) => s.setHours);
  const reset = useUpdateCadence((s) => s.reset);
  const [problems, setProblems] = useState<Partial<Record<Severity, string>>>({});
  const hours = cadenceToHours(cadence);
  const commit = (severity: Severity, text: string) => {
    const parsed = parseCadenceHours(text);
    if ('error' in parsed) { setProblems((p) => ({ ...p, [severity]: parsed.error })); return; }
    setProblems((p) => ({ ...p, [severity]: undefined }));
    if (parsed.hours !== hours[severity]) setHours(severity, parsed.hours);
  };
  return (
    <section className="card" aria-labelledby="cadence-settings-title">
      <h2 id="cadence-settings-title">Customer updates on escalations</h2>
      <p className="muted">How often the customer hears from us while an escalation is open, by severity. Leave a severity empty to update on change only.</p>
      <table className="table cadence" aria-label="Update cadence">
        <thead><tr><th scope="col">Severity</th><th scope="col">Every (hours)</th><th scope="col">Means</th></tr></thead>
        <tbody>
          {severities.map((s) => {
            const problem = problems[s];
            return (
              <tr key={s}>
                <th scope="row">{severityNames[s]}</th>
                <td>
                  <input
                    className="input" inputMode="numeric" aria-label={`${s} update every (hours)`} placeholder="on change"
                    defaultValue={hours[s] ?? ''} key={`${s}-${hours[s] ?? ''}`}
                    aria-invalid={problem ? true : undefined} aria-describedby={problem ? `cadence-${s}-error` : undefined}
                    onBlur={(e) => commit(s, e.target.value)}
                    onKeyDown={(e) => { if (e.key === 'Enter') commit(s, e.currentTarget.value); }}
                  />
                  {problem ? <div className="error" id={`cadence-${s}-error`} role="alert">{problem}</div> : null}
                </td>
                <td className="muted">{describeCadence(cadence[s])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="toolbar" style={{ marginTop: 10 }}>
        <button type="button" className="link" onClick={() => { setProblems({}); reset(); }}>Use the defaults (24 h, 48 h, 7 d, on change)</button>
      </div>
    </section>
  );
}
