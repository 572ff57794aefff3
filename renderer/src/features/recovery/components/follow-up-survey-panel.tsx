import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { Contact } from '../../../../../shared/domain/contact';
import type { RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import { canRequestSurvey, surveyOverdueDays, type TargetSurvey } from '../../../../../shared/domain/recovery/follow-up-survey';
import { surveyInvitationDraft } from '../../../../../shared/domain/recovery/follow-up-survey-draft';
import { outreachRecipient } from '../../../../../shared/domain/recovery/outreach-draft';
import { showDateTime } from '../../../lib/format';
import { userZone } from '../../../lib/now';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { requestSurvey } from '../api/recovery-writes';
import { SurveyAnswer } from './survey-answer';
import { SurveyTemplateEditor } from './survey-template-editor';
import { copyDraft } from './copy-draft';

/** Props of FollowUpSurveyPanel. */
export type FollowUpSurveyPanelProps = {
  program: RecoveryProgram; target: RecoveryTarget; account: Account; contacts: Contact[]; senderName: string; me: string | null;
  /** Where the account's survey stands (see follow-up-survey.ts). */
  survey: TargetSurvey;
  /** Opens the survey answer form for this account (composed by the app); no button without it. */
  onRecordAnswer?: () => void;
};

const waited = (days: number | null) => (days === null ? '' : days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`);

/** One account's follow-up survey: the invitation to copy or open in the mail app (marked sent in the same step), then its answer. */
export function FollowUpSurveyPanel({ program, target, account, contacts, senderName, me, survey, onRecordAnswer }: FollowUpSurveyPanelProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const draft = surveyInvitationDraft(program, account, contacts, senderName, userZone);
  const eligible = canRequestSurvey(target);
  const sent = target.surveyRequestedAt !== null;
  const markSent = async () => {
    if (sent) return;
    try {
      await requestSurvey(target, program, outreachRecipient(contacts)?.id ?? null, me);
      useToasts.getState().show({ message: `Follow-up survey marked sent to ${account.name}` });
    } catch (e) {
      setProblem(`Could not mark the survey sent: ${describeError(e)}`);
    }
  };
  const copy = async () => {
    const refused = await copyDraft(draft);
    setProblem(refused);
    if (!refused) await markSent();
  };
  return (
    <section className="card" aria-labelledby="survey-title">
      <div className="toolbar">
        <h3 id="survey-title">Follow-up survey</h3>
        <StatusBadge survey={survey} />
        {onRecordAnswer && target.stage !== 'pending' ? <button type="button" className="button" style={{ marginLeft: 'auto' }} onClick={onRecordAnswer}>Record the answer</button> : null}
      </div>
      {survey.answer ? <SurveyAnswer answer={survey.answer} /> : null}
      {sent ? (
        <p className={survey.status === 'overdue' ? 'error' : 'muted'}>
          Sent {showDateTime(target.surveyRequestedAt)}{survey.answer ? '' : ` · ${waited(survey.daysWaiting)}, no answer yet${survey.status === 'overdue' ? ` (over ${surveyOverdueDays} days: call or send a reminder)` : ''}`}
        </p>
      ) : null}
      {!eligible && !survey.answer ? <p className="muted">Send the survey once the account is followed up or has an outcome. An answer it gives after the first contact counts too.</p> : null}
      {eligible && !survey.answer ? (
        <>
          <span className="muted">To {draft.toName ? `${draft.toName} <${draft.to || 'no email'}>` : 'nobody on file'}</span>
          <p><strong>{draft.subject}</strong></p>
          <pre className="draft" aria-label="Survey invitation text" tabIndex={0}>{draft.body}</pre>
          <div className="toolbar wrap">
            <button type="button" className="button primary" onClick={() => void copy()}>{sent ? 'Copy invitation' : 'Copy and mark sent'}</button>
            <a className="button" href={draft.mailto} onClick={() => void markSent()}>{sent ? 'Open in mail app' : 'Open in mail app and mark sent'}</a>
            {sent ? null : <button type="button" className="link" onClick={() => void markSent()}>Mark sent without the email</button>}
          </div>
          <SurveyTemplateEditor key={program.surveyTemplate} program={program} />
        </>
      ) : null}
      {problem ? <p className="error" role="alert">{problem}</p> : null}
    </section>
  );
}

function StatusBadge({ survey }: { survey: TargetSurvey }) {
  if (survey.status === 'answered') return <span className="badge ok">Answered</span>;
  if (survey.status === 'overdue') return <span className="badge danger">Overdue</span>;
  if (survey.status === 'awaiting') return <span className="badge warn">Awaiting answer</span>;
  return <span className="badge">Not sent</span>;
}
