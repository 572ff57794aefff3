import { useState } from 'react';
import { followUpStageLabels, followUpStepProblem, type FollowUpStep } from '../../../../../shared/domain/closed-loop';
import { followUpStages, type FollowUpOutcome, type FollowUpStage } from '../../../../../shared/domain/survey-follow-up';
import { surveyLabel } from '../../../../../shared/domain/survey-rules';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { showDate } from '../../../lib/format';
import { describeError } from '../../../lib/storage-error';
import { moveFollowUp } from '../api/survey-writes';
import type { FollowUpRow } from '../api/use-surveys';

/** Props of FollowUpStepDialog. */
export type FollowUpStepDialogProps = { followUp: FollowUpRow; onClose: () => void };

const nextStage: Record<FollowUpStage, FollowUpStage> = { open: 'contacted', contacted: 'root_cause', root_cause: 'action_agreed', action_agreed: 'closed', closed: 'closed' };

/** Move a follow-up on: the stage reached, the root cause and the action agreed, and how it ended when closing. */
export function FollowUpStepDialog({ followUp: f, onClose }: FollowUpStepDialogProps) {
  const [step, setStep] = useState<FollowUpStep>({ stage: nextStage[f.stage], rootCause: f.rootCause, action: f.action, outcome: null });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const closing = step.stage === 'closed';
  const save = async () => {
    const problem = followUpStepProblem(step, f.rescuedBy);
    if (problem) { setError(problem); return; }
    setSaving(true);
    try {
      await moveFollowUp(f.id, step);
      onClose();
    } catch (e) {
      setError(describeError(e));
      setSaving(false);
    }
  };
  const answer = f.response ? `${surveyLabel(f.response)} on ${showDate(f.response.respondedAt.slice(0, 10))}` : 'an unhappy answer';
  return (
    <Dialog title={`Follow-up: ${f.accountName}`} onClose={onClose} wide>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        <p className="muted">After {answer}{f.response?.comment ? `: “${f.response.comment}”` : ''}. Now: {followUpStageLabels[f.stage]}.</p>
        <div className="form-grid">
          <FormField label="Stage reached" htmlFor="followup-stage" hint="Any stage past “not contacted” records the first contact now, if none was recorded.">
            <select id="followup-stage" className="input" value={step.stage} onChange={(e) => setStep({ ...step, stage: e.target.value as FollowUpStage, outcome: e.target.value === 'closed' ? step.outcome : null })}>
              {followUpStages.filter((s) => s !== 'open').map((s) => <option key={s} value={s}>{followUpStageLabels[s]}</option>)}
            </select>
          </FormField>
          {closing ? (
            <fieldset className="checks">
              <legend>How it ended</legend>
              <label className="check"><input type="radio" name="outcome" value="rescued" checked={step.outcome === 'rescued'} disabled={f.rescuedBy === null} onChange={() => setStep({ ...step, outcome: 'rescued' as FollowUpOutcome })} />
                Rescued{f.rescuedBy ? ` — ${surveyLabel(f.rescuedBy)} on ${showDate(f.rescuedBy.respondedAt.slice(0, 10))}` : ' (needs a later NPS 7+ or CSAT 4+)'}</label>
              <label className="check"><input type="radio" name="outcome" value="not_rescued" checked={step.outcome === 'not_rescued'} onChange={() => setStep({ ...step, outcome: 'not_rescued' })} />Not rescued</label>
            </fieldset>
          ) : <div />}
          <div className="span-2">
            <FormField label="Root cause" htmlFor="followup-rootCause" hint="Why the customer was unhappy, in a sentence (required from “root cause found”).">
              <textarea id="followup-rootCause" className="input" rows={2} value={step.rootCause} onChange={(e) => setStep({ ...step, rootCause: e.target.value })} />
            </FormField>
          </div>
          <div className="span-2">
            <FormField label="Action agreed" htmlFor="followup-action" hint="What you agreed to do with the customer (required from “action agreed”).">
              <textarea id="followup-action" className="input" rows={2} value={step.action} onChange={(e) => setStep({ ...step, action: e.target.value })} />
            </FormField>
          </div>
        </div>
        {error ? <p className="error" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={saving}>{closing ? 'Close follow-up' : 'Save'}</button>
        </div>
      </form>
    </Dialog>
  );
}
