import { useState } from 'react';
import { EscalationFormDialog } from '../features/escalations/components/escalation-form-dialog';
import { FlagLeadDialog } from '../features/leads/components/flag-lead-dialog';
import { useNavigation } from '../lib/navigation';

/** Props of AccountWorkActions. */
export type AccountWorkActionsProps = { accountId: string };

/** Quick actions on the account page that belong to other features (composed here, in the app layer). */
export function AccountWorkActions({ accountId }: AccountWorkActionsProps) {
  const [escalating, setEscalating] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const go = useNavigation((s) => s.go);
  return (
    <>
      <button type="button" className="button" onClick={() => setEscalating(true)}>Open escalation</button>
      <button type="button" className="button" onClick={() => setFlagging(true)}>Flag opportunity</button>
      {flagging ? <FlagLeadDialog accountId={accountId} onClose={() => setFlagging(false)} /> : null}
      {escalating ? <EscalationFormDialog accountId={accountId} onClose={() => setEscalating(false)} onSaved={(id) => go({ section: 'escalations', recordId: id })} /> : null}
    </>
  );
}
