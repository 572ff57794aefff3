import { npsBy, npsOf } from '../../../../../shared/domain/metrics/satisfaction';
import { satisfactionDefinitions } from '../../../../../shared/domain/metrics/satisfaction';
import type { SurveyResponse } from '../../../../../shared/domain/survey-response';
import { segments, type Segment } from '../../../../../shared/domain/account';
import type { SurveyAccount } from '../api/use-surveys';
import { segmentNames, showNps } from './labels';

/** Props of NpsBreakdown. */
export type NpsBreakdownProps = { responses: SurveyResponse[]; accounts: SurveyAccount[]; since: string };

/** NPS over the last 12 months, overall, per segment and per account. */
export function NpsBreakdown({ responses, accounts, since }: NpsBreakdownProps) {
  const recent = responses.filter((r) => r.respondedAt >= since);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const overall = npsOf(recent);
  const bySegment = new Map(npsBy(recent, (r) => byId.get(r.accountId)?.segment ?? null).map((g) => [g.group, g.nps]));
  const byAccount = npsBy(recent, (r) => (byId.has(r.accountId) ? r.accountId : null));
  return (
    <section className="card" aria-labelledby="nps-title">
      <h2 id="nps-title">NPS, last 12 months: {showNps(overall.score)} <span className="muted">({overall.responses} answers)</span></h2>
      <p className="muted">{satisfactionDefinitions.nps}</p>
      <div className="stack">
        <table className="table" aria-label="NPS per segment">
          <thead><tr><th>Segment</th><th>NPS</th><th>Promoters</th><th>Passives</th><th>Detractors</th></tr></thead>
          <tbody>{segments.map((s: Segment) => {
            const n = bySegment.get(s);
            return <tr key={s}><td>{segmentNames[s]}</td><td>{showNps(n?.score ?? null)}</td><td>{n?.promoters ?? 0}</td><td>{n?.passives ?? 0}</td><td>{n?.detractors ?? 0}</td></tr>;
          })}</tbody>
        </table>
        <div className="scroll-box" tabIndex={0} role="region" aria-label="NPS per account (scrolls)">
          <table className="table" aria-label="NPS per account">
            <thead><tr><th>Account</th><th>NPS</th><th>Answers</th></tr></thead>
            <tbody>{byAccount.length === 0 ? <tr><td colSpan={3} className="muted">No NPS answer in 12 months.</td></tr> : byAccount.map((g) => (
              <tr key={g.group}><td>{byId.get(g.group)?.name}</td><td>{showNps(g.nps.score)}</td><td>{g.nps.responses}</td></tr>
            ))}</tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
