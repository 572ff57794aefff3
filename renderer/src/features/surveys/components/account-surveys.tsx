import { useState } from 'react';
import { isFollowUpTrigger, surveyLabel } from '../../../../../shared/domain/survey-rules';
import { showDate } from '../../../lib/format';
import { setSurveyCadence } from '../api/survey-writes';
import { useAccountSurveys } from '../api/use-surveys';
import { useSurveySettings } from '../../../lib/survey-settings';
import { FollowUpsPanel } from './follow-ups-panel';
import { ResponseDialog } from './response-dialog';

/** Props of AccountSurveys. */
export type AccountSurveysProps = { accountId: string };

const cadences = [30, 60, 90, 180, 365];

/** An account's survey answers, its open follow-ups and its survey cadence, with "Record response". */
export function AccountSurveys({ accountId }: AccountSurveysProps) {
  const view = useAccountSurveys(accountId);
  const teamDays = useSurveySettings((s) => s.settings.cadenceDays);
  const [recording, setRecording] = useState(false);
  if (!view) return null;
  return (
    <section className="card" aria-labelledby="account-surveys-title">
      <div className="toolbar">
        <h2 id="account-surveys-title">Surveys <span className="muted">{view.responses.length}</span></h2>
        <label className="end toolbar">Survey
          <select className="input" aria-label="Survey cadence of this account" value={view.cadenceDays === null ? '' : String(view.cadenceDays)}
            onChange={(e) => void setSurveyCadence(accountId, e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">every {teamDays} days (team default)</option>
            {cadences.map((d) => <option key={d} value={d}>every {d} days</option>)}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setRecording(true)}>Record response</button>
      </div>
      {view.responses.length === 0 ? <p className="muted">No survey answer yet.</p> : (
        <ul className="list" aria-label="Survey answers">
          {view.responses.slice(0, 8).map((r) => (
            <li key={r.id}>
              <span className={`badge ${isFollowUpTrigger(r) ? 'danger' : ''}`}>{surveyLabel(r)}</span>
              <span>{r.comment || <span className="muted">no comment</span>}{r.theme ? <span className="muted"> · {r.theme}</span> : null}</span>
              <span className="end muted">{r.contactId ? `${view.contactNames.get(r.contactId) ?? ''} · ` : ''}{showDate(r.respondedAt.slice(0, 10))}</span>
            </li>
          ))}
        </ul>
      )}
      {view.followUps.some((f) => f.stage !== 'closed') ? <FollowUpsPanel accountId={accountId} /> : null}
      {recording ? <ResponseDialog accountId={accountId} onClose={() => setRecording(false)} /> : null}
    </section>
  );
}
