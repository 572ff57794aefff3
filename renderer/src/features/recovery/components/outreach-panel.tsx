import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { Contact } from '../../../../../shared/domain/contact';
import type { RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import { outreachDraft, outreachRecipient } from '../../../../../shared/domain/recovery/outreach-draft';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { markContacted } from '../api/recovery-writes';
import { copyDraft } from './copy-draft';

/** Props of OutreachPanel. */
export type OutreachPanelProps = { program: RecoveryProgram; target: RecoveryTarget; account: Account; contacts: Contact[]; senderName: string; me: string | null };

/** The outreach email for one account, to copy or open in the mail app; either also marks the account contacted. */
export function OutreachPanel({ program, target, account, contacts, senderName, me }: OutreachPanelProps) {
  const draft = outreachDraft(program, account, contacts, senderName);
  const [problem, setProblem] = useState<string | null>(null);
  const contacted = target.stage !== 'pending';
  const mark = async () => {
    if (contacted) return;
    try {
      await markContacted(target, program, outreachRecipient(contacts)?.id ?? null, me);
      useToasts.getState().show({ message: `${account.name} marked contacted` });
    } catch (e) {
      setProblem(`Could not mark contacted: ${describeError(e)}`);
    }
  };
  const copy = async () => {
    const refused = await copyDraft(draft);
    setProblem(refused);
    if (!refused) await mark();
  };
  return (
    <section className="card" aria-labelledby="outreach-title">
      <div className="toolbar">
        <h3 id="outreach-title">Outreach email</h3>
        <span className="muted">To {draft.toName ? `${draft.toName} <${draft.to || 'no email'}>` : 'nobody on file'}</span>
      </div>
      <p><strong>{draft.subject}</strong></p>
      <pre className="draft" aria-label="Email text" tabIndex={0}>{draft.body}</pre>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => void copy()}>{contacted ? 'Copy email' : 'Copy and mark contacted'}</button>
        <a className="button" href={draft.mailto} onClick={() => void mark()}>{contacted ? 'Open in mail app' : 'Open in mail app and mark contacted'}</a>
        {contacted ? <span className="badge ok">Contacted</span> : <button type="button" className="link" onClick={() => void mark()}>Mark contacted without the email</button>}
      </div>
    </section>
  );
}
