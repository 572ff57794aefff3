import { useAccountList } from '../features/accounts/stores/account-list-store';
import { ProgramPage } from '../features/recovery/components/program-page';
import { RecoveryPage } from '../features/recovery/components/recovery-page';

/** Props of RecoveryScreen. */
export type RecoveryScreenProps = { programId?: string };

/** Recovery, with the accounts list's saved views offered for choosing affected accounts (composed here). */
export function RecoveryScreen({ programId }: RecoveryScreenProps) {
  const savedViews = useAccountList((s) => s.savedViews);
  return programId ? <ProgramPage programId={programId} savedViews={savedViews} /> : <RecoveryPage savedViews={savedViews} />;
}
