import { useState } from 'react';
import { Dialog } from '../components/ui/dialog';
import { LogTouchDialog } from '../features/accounts/components/log-touch-dialog';
import { QuickAdd } from '../features/commitments/components/quick-add';
import { EscalationFormDialog } from '../features/escalations/components/escalation-form-dialog';
import { FlagLeadDialog } from '../features/leads/components/flag-lead-dialog';
import { TodayPage } from '../features/today/components/today-page';
import type { WorklistAction } from '../features/today/components/worklist';
import { useNavigation } from '../lib/navigation';

/** Today, with the worklist's one-key actions opening the other features' dialogs (composed here). */
export function TodayWithActions() {
  const [open, setOpen] = useState<{ action: WorklistAction; accountId: string } | null>(null);
  const [fromTouch, setFromTouch] = useState<{ accountId: string; summary: string } | null>(null);
  const go = useNavigation((s) => s.go);
  const close = () => setOpen(null);
  return (
    <>
      <TodayPage onAction={(action, accountId) => setOpen({ action, accountId })} />
      {open?.action === 'call' ? <LogTouchDialog accountId={open.accountId} onClose={close} onFlagOpportunity={setFromTouch} /> : null}
      {open?.action === 'escalation' ? <EscalationFormDialog accountId={open.accountId} onClose={close} onSaved={(id) => go({ section: 'escalations', recordId: id })} /> : null}
      {fromTouch ? <FlagLeadDialog accountId={fromTouch.accountId} source="touch" evidence={`From a touch: ${fromTouch.summary}`} onClose={() => setFromTouch(null)} /> : null}
      {open?.action === 'commitment' ? <Dialog title="Add a commitment" onClose={close}><QuickAdd accountId={open.accountId} /></Dialog> : null}
    </>
  );
}
