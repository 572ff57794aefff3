import { useCallback, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { Dialog } from '../../../components/ui/dialog';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { addTargets } from '../api/recovery-writes';
import { useSelectableAccounts } from '../api/use-recovery';
import { AccountChooser, type ViewChoice } from './account-chooser';

/** Props of AddAccountsDialog. */
export type AddAccountsDialogProps = { programId: string; savedViews: ViewChoice[]; onClose: () => void };

/** Adds more affected accounts to a program (accounts already in it are left as they are). */
export function AddAccountsDialog({ programId, savedViews, onClose }: AddAccountsDialogProps) {
  const rows = useSelectableAccounts();
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const onAccounts = useCallback((chosen: Account[]) => setAccounts(chosen), []);
  const add = async () => {
    if (accounts.length === 0) { setProblem('Choose at least one account'); return; }
    try {
      const added = await addTargets(programId, accounts.map((a) => a.id));
      useToasts.getState().show({ message: added === 0 ? 'Those accounts were already in the program' : `${added} account${added === 1 ? '' : 's'} added` });
      onClose();
    } catch (e) {
      setProblem(`Could not add them: ${describeError(e)}`);
    }
  };
  return (
    <Dialog title="Add affected accounts" onClose={onClose} wide>
      {rows ? <AccountChooser rows={rows} savedViews={savedViews} onChange={onAccounts} error={problem} /> : <p className="muted">Loading accounts…</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" onClick={() => void add()}>Add {accounts.length > 0 ? `${accounts.length} ` : ''}account{accounts.length === 1 ? '' : 's'}</button>
      </div>
    </Dialog>
  );
}
