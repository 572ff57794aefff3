import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { Escalation } from '../../../../../shared/domain/escalation';
import { parseMoney } from '../../../../../shared/domain/money';
import { recoveryImpacts, recoveryOutcomes, type RecoveryImpact, type RecoveryOutcome, type RecoveryTarget } from '../../../../../shared/domain/recovery';
import { remediationProblem } from '../../../../../shared/domain/recovery/recovery-workflows';
import { stageLabel } from '../../../../../shared/domain/recovery/recovery-rules';
import { describeError } from '../../../lib/storage-error';
import { assessImpact, linkEscalation, recordFollowUp, recordOutcome, recordRemediation } from '../api/recovery-writes';

/** Props of TargetTrack. */
export type TargetTrackProps = { target: RecoveryTarget; account: Account; escalations: Escalation[] };

/** One account's track after contact: impact, remediation, follow-up, outcome, and its escalation. */
export function TargetTrack({ target, account, escalations }: TargetTrackProps) {
  const [impact, setImpact] = useState<RecoveryImpact | null>(target.impact);
  const [note, setNote] = useState(target.impactNote);
  const [credit, setCredit] = useState(target.creditMinor > 0 ? (target.creditMinor / 100).toFixed(2) : '');
  const [currency, setCurrency] = useState(target.creditMinor > 0 ? target.creditCurrency : account.currency);
  const [fixDate, setFixDate] = useState(target.fixDate ?? '');
  const [workaround, setWorkaround] = useState(target.workaround);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    try { await work(); setProblem(null); } catch (e) { setProblem(describeError(e)); }
  };
  const saveRemediation = () => run(async () => {
    const creditMinor = credit.trim() === '' ? 0 : parseMoney(credit);
    if (creditMinor === null || creditMinor < 0) throw new Error('Enter the credit as an amount, like 500 or 500.00');
    const input = { creditMinor, creditCurrency: currency.trim().toUpperCase() || account.currency, fixDate: fixDate || null, workaround };
    const missing = remediationProblem(input);
    if (missing) throw new Error(missing);
    await recordRemediation(target, input);
  });
  const contacted = target.stage !== 'pending';
  return (
    <section className="card track" aria-labelledby="track-title">
      <h3 id="track-title">Track · {stageLabel(target.stage)}</h3>
      {!contacted ? <p className="muted">Contact the account first; then record the impact, the remediation and the follow-up here.</p> : null}
      <fieldset disabled={!contacted} className="track-step">
        <legend>Impact</legend>
        <div className="toolbar wrap">
          <div className="segmented" role="group" aria-label="Impact">
            {recoveryImpacts.map((i) => <button key={i} type="button" aria-pressed={impact === i} onClick={() => setImpact(i)}>{i}</button>)}
          </div>
          <input className="input grow" aria-label="Impact note" placeholder="What it meant for them" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="button" className="button" disabled={impact === null} onClick={() => { if (impact) void run(() => assessImpact(target, { impact, impactNote: note })); }}>Save impact</button>
        </div>
      </fieldset>
      <fieldset disabled={target.stage === 'pending' || target.stage === 'contacted'} className="track-step">
        <legend>Remediation agreed</legend>
        <div className="toolbar wrap">
          <label className="field">Credit<input className="input short" inputMode="decimal" value={credit} onChange={(e) => setCredit(e.target.value)} placeholder="0.00" /></label>
          <label className="field">Currency<input className="input tiny" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} /></label>
          <label className="field">Fix date<input className="input" type="date" value={fixDate} onChange={(e) => setFixDate(e.target.value)} /></label>
          <label className="field grow">Workaround<input className="input" value={workaround} onChange={(e) => setWorkaround(e.target.value)} /></label>
          <button type="button" className="button" onClick={() => void saveRemediation()}>Save remediation</button>
        </div>
      </fieldset>
      <div className="toolbar wrap">
        <button type="button" className="button" disabled={target.stage !== 'remediated'} onClick={() => void run(() => recordFollowUp(target))}>Mark followed up</button>
        <label className="field">Outcome
          <select className="input" value={target.outcome ?? ''} disabled={!contacted} onChange={(e) => void run(() => recordOutcome(target, (e.target.value || null) as RecoveryOutcome | null))}>
            <option value="">Not known yet</option>{recoveryOutcomes.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label className="field">Escalation
          <select className="input" value={target.escalationId ?? ''} onChange={(e) => void run(() => linkEscalation(target, e.target.value || null))}>
            <option value="">None linked</option>{escalations.map((e) => <option key={e.id} value={e.id}>{e.severity} · {e.title}</option>)}
          </select>
        </label>
      </div>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
    </section>
  );
}
