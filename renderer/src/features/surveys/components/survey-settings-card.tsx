import { useState } from 'react';
import { useSurveySettings } from '../../../lib/survey-settings';

/** Settings: how often accounts are surveyed, and the first-contact target of a follow-up (this device). */
export function SurveySettingsCard() {
  const settings = useSurveySettings((s) => s.settings);
  const set = useSurveySettings((s) => s.set);
  const [cadence, setCadence] = useState(String(settings.cadenceDays));
  const [hours, setHours] = useState(String(settings.followUpHours));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = () => {
    const problem = set({ cadenceDays: Number(cadence), followUpHours: Number(hours) });
    setMessage(problem ? { text: problem, error: true } : { text: 'Saved. New follow-ups take the new target; open ones keep theirs.', error: false });
  };
  return (
    <section className="card" aria-labelledby="survey-settings-title">
      <h2 id="survey-settings-title">Surveys</h2>
      <form className="toolbar wrap" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <label className="field" htmlFor="survey-cadence">Survey each account every (days)
          <input id="survey-cadence" className="input" type="number" min={7} max={730} value={cadence} onChange={(e) => setCadence(e.target.value)} />
          <span className="muted">Accounts with their own cadence (set on the account) keep it.</span>
        </label>
        <label className="field" htmlFor="survey-hours">First contact after an unhappy answer within (hours)
          <input id="survey-hours" className="input" type="number" min={1} max={720} value={hours} onChange={(e) => setHours(e.target.value)} />
          <span className="muted">The follow-up clock of NPS 0–6 and CSAT 1–2 answers.</span>
        </label>
        <button type="submit" className="button">Save</button>
      </form>
      {message ? <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
    </section>
  );
}
