import { useState } from 'react';
import { qualificationChecks, type ExpansionOpportunity } from '../../../../../shared/domain/expansion';
import { leadStageLabels, leadStageProblem, qualificationLabels } from '../../../../../shared/domain/expansion/expansion-rules';
import { handOffSummary, type LeadFacts } from '../../../../../shared/domain/expansion/hand-off';
import { parseMoney } from '../../../../../shared/domain/money';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { moveLead, setChecks } from '../api/lead-writes';

/** Props of LeadPanel. */
export type LeadPanelProps = { lead: ExpansionOpportunity; facts: LeadFacts; onClose: () => void };

const checkField = { need: 'needConfirmed', value: 'valueConfirmed', timing: 'timingConfirmed', champion: 'championConfirmed' } as const;

/** One lead: qualification checks, hand-off to sales with its summary, and closing as won or lost. */
export function LeadPanel({ lead, facts, onClose }: LeadPanelProps) {
  const [won, setWon] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const summary = handOffSummary(lead, facts);
  const run = async (work: () => Promise<void>) => {
    try { await work(); setProblem(null); } catch (e) { setProblem(describeError(e)); }
  };
  const copy = async (then?: () => Promise<void>) => {
    try {
      await navigator.clipboard.writeText(summary);
      useToasts.getState().show({ message: 'Summary copied: paste it into an email or the CRM' });
    } catch {
      setProblem('Could not copy to the clipboard: select the summary and copy it by hand.');
    }
    if (then) await run(then);
  };
  const qualifyProblem = leadStageProblem(lead, 'qualified');
  const open = lead.stage !== 'won' && lead.stage !== 'lost';
  return (
    <aside className="card program-side" aria-label={`Lead ${lead.title}`}>
      <div className="toolbar"><h2>{lead.title}</h2><span className="badge">{leadStageLabels[lead.stage]}</span><button type="button" className="link" style={{ marginLeft: 'auto' }} onClick={onClose}>Close</button></div>
      <fieldset className="track-step" disabled={lead.stage !== 'identified'}>
        <legend>Qualification</legend>
        <div className="checks">
          {qualificationChecks.map((c) => (
            <label key={c} className="check"><input type="checkbox" checked={lead[checkField[c]]} onChange={(e) => void run(() => setChecks(lead, { [checkField[c]]: e.target.checked }))} />{qualificationLabels[c]}</label>
          ))}
        </div>
        {lead.stage === 'identified' ? <button type="button" className="button" disabled={qualifyProblem !== null} title={qualifyProblem ?? undefined} onClick={() => void run(() => moveLead(lead, 'qualified'))}>Qualify</button> : null}
        {lead.stage === 'identified' && qualifyProblem ? <span className="muted"> {qualifyProblem}</span> : null}
      </fieldset>
      <pre className="draft" aria-label="Hand-off summary" tabIndex={0}>{summary}</pre>
      <div className="toolbar wrap">
        {lead.stage === 'qualified' ? <button type="button" className="button primary" onClick={() => void copy(() => moveLead(lead, 'handed_to_sales'))}>Hand off to sales (copies the summary)</button> : null}
        <button type="button" className="button" onClick={() => void copy()}>Copy summary</button>
      </div>
      {lead.stage === 'handed_to_sales' ? (
        <div className="toolbar wrap">
          <label className="field">Value won ({lead.currency})<input className="input short" inputMode="decimal" value={won} onChange={(e) => setWon(e.target.value)} /></label>
          <button type="button" className="button" onClick={() => void run(() => moveLead(lead, 'won', { valueWonMinor: parseMoney(won) ?? 0 }))}>Won</button>
        </div>
      ) : null}
      {open ? (
        <div className="toolbar wrap">
          <label className="field grow">Why lost<input className="input" value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          <button type="button" className="button" onClick={() => void run(() => moveLead(lead, 'lost', { lostReason: reason }))}>Lost</button>
        </div>
      ) : null}
      {lead.stage === 'lost' ? <p>Lost: {lead.lostReason} <button type="button" className="link" onClick={() => void run(() => moveLead(lead, 'identified'))}>Reopen</button></p> : null}
      {problem ? <p className="error" role="alert">{problem}</p> : null}
    </aside>
  );
}
