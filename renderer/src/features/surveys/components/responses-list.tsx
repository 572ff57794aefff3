import { useMemo, useState } from 'react';
import type { SurveyResponse } from '../../../../../shared/domain/survey-response';
import { isFollowUpTrigger, surveyKindLabels, surveyLabel } from '../../../../../shared/domain/survey-rules';
import { showDate } from '../../../lib/format';

/** Props of ResponsesList. */
export type ResponsesListProps = { responses: SurveyResponse[]; accountNames: Map<string, string>; contactNames: Map<string, string> };

/** Every answer, newest first, with a search over the verbatims (comment, account, respondent) and a theme filter. */
export function ResponsesList({ responses, accountNames, contactNames }: ResponsesListProps) {
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState('');
  const [kind, setKind] = useState('');
  const themes = useMemo(() => [...new Set(responses.map((r) => r.theme).filter(Boolean))].sort(), [responses]);
  const q = query.trim().toLowerCase();
  const shown = responses.filter((r) => (theme === '' || (theme === '(none)' ? r.theme === '' : r.theme === theme)) && (kind === '' || r.kind === kind)
    && (q === '' || `${r.comment} ${accountNames.get(r.accountId) ?? ''} ${r.contactId ? contactNames.get(r.contactId) ?? '' : ''}`.toLowerCase().includes(q)));
  return (
    <section className="card" aria-labelledby="responses-title">
      <h2 id="responses-title">Responses <span className="muted">{shown.length} of {responses.length}</span></h2>
      <div className="toolbar wrap">
        <label className="field">Search the verbatims<input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words in a comment, an account, a person" /></label>
        <label className="field">Theme<select className="input" value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">All themes</option>{themes.map((t) => <option key={t} value={t}>{t}</option>)}<option value="(none)">No theme</option>
        </select></label>
        <label className="field">Survey<select className="input" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">NPS, CSAT and CES</option>{Object.entries(surveyKindLabels).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
        </select></label>
      </div>
      {shown.length === 0 ? <p className="muted">{responses.length === 0 ? 'No survey response yet: record one, or import a file of them.' : 'No response matches.'}</p> : (
        <table className="table responses" aria-label="Survey responses">
          <thead><tr><th>Answered</th><th>Account</th><th>Respondent</th><th>Score</th><th>Theme</th><th>Comment</th></tr></thead>
          <tbody>
            {shown.slice(0, 300).map((r) => (
              <tr key={r.id}>
                <td>{showDate(r.respondedAt.slice(0, 10))}</td>
                <td>{accountNames.get(r.accountId) ?? 'Unknown account'}</td>
                <td>{r.contactId ? contactNames.get(r.contactId) ?? '—' : '—'}</td>
                <td><span className={`badge ${isFollowUpTrigger(r) ? 'danger' : ''}`}>{surveyLabel(r)}</span></td>
                <td>{r.theme || <span className="muted">—</span>}</td>
                <td className="verbatim" title={r.comment}>{r.comment || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > 300 ? <p className="muted">Showing the newest 300; narrow the search to see others.</p> : null}
    </section>
  );
}
