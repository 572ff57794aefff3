import { surveysDue } from '../../../../../shared/domain/survey-cadence';
import type { SurveyResponse } from '../../../../../shared/domain/survey-response';
import { showDate } from '../../../lib/format';
import { setSurveyCadence } from '../api/survey-writes';
import type { SurveyAccount } from '../api/use-surveys';
import { useSurveySettings } from '../../../lib/survey-settings';

/** Props of SurveysDue. */
export type SurveysDueProps = { accounts: SurveyAccount[]; responses: SurveyResponse[]; today: string };

const cadences = [30, 60, 90, 180, 365];

/** Accounts due for a survey in the next 14 days (overdue first), each with its cadence, adjustable here. */
export function SurveysDue({ accounts, responses, today }: SurveysDueProps) {
  const teamDays = useSurveySettings((s) => s.settings.cadenceDays);
  const rows = surveysDue(accounts, responses, today, teamDays, 14);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return (
    <section className="card" aria-labelledby="due-title">
      <h2 id="due-title">Due for a survey <span className="muted">{rows.length}</span></h2>
      <p className="muted">Each account is surveyed every {teamDays} days unless it has its own cadence (change the team default in Settings). Never-surveyed accounts are due now.</p>
      {rows.length === 0 ? <p className="muted">No account is due in the next two weeks.</p> : (
        <div className="scroll-box">
          <table className="table" aria-label="Accounts due for a survey">
            <thead><tr><th>Account</th><th>Last answer</th><th>Due</th><th>Cadence</th></tr></thead>
            <tbody>{rows.map((r) => (
              <tr key={r.accountId}>
                <td>{names.get(r.accountId)}</td>
                <td>{r.lastRespondedOn ? showDate(r.lastRespondedOn) : 'never'}</td>
                <td>{r.daysOverdue > 0 ? <span className="badge warn">{r.daysOverdue} days overdue</span> : r.daysOverdue === 0 ? 'today' : showDate(r.dueOn)}</td>
                <td>
                  <select className="input" aria-label={`Survey cadence of ${names.get(r.accountId) ?? 'the account'}`} value={r.ownCadence ? String(r.cadenceDays) : ''}
                    onChange={(e) => void setSurveyCadence(r.accountId, e.target.value === '' ? null : Number(e.target.value))}>
                    <option value="">Team default ({teamDays} days)</option>
                    {cadences.map((d) => <option key={d} value={d}>Every {d} days</option>)}
                  </select>
                </td>
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
