import { useAccountList } from '../features/accounts/stores/account-list-store';
import { ProgramPage } from '../features/recovery/components/program-page';
import { RecoveryPage } from '../features/recovery/components/recovery-page';
import { ResponseDialog } from '../features/surveys/components/response-dialog';

/** Props of RecoveryScreen. */
export type RecoveryScreenProps = { programId?: string };

/**
 * Recovery, composed here with the accounts list's saved views (for choosing affected accounts) and
 * the surveys feature's answer form (for recording a follow-up survey answer from an account's track).
 */
export function RecoveryScreen({ programId }: RecoveryScreenProps) {
  const savedViews = useAccountList((s) => s.savedViews);
  return programId ? (
    <ProgramPage programId={programId} savedViews={savedViews} renderResponseDialog={(accountId, onClose) => <ResponseDialog accountId={accountId} onClose={onClose} />} />
  ) : <RecoveryPage savedViews={savedViews} />;
}
