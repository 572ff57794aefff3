import { ComingSoon } from '../components/ui/coming-soon';
import { AccountPage } from '../features/accounts/components/account-page';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { BackupButtons } from '../features/backup/components/backup-buttons';
import { AccountCommitments } from '../features/commitments/components/account-commitments';
import { CommitmentsPage } from '../features/commitments/components/commitments-page';
import { EscalationPage } from '../features/escalations/components/escalation-page';
import { EscalationsPage } from '../features/escalations/components/escalations-page';
import { ImportPage } from '../features/import/components/import-page';
import { SampleLoaderButton } from '../features/onboarding/components/sample-loader-button';
import { SyncPanel } from '../features/sync/components/sync-panel';
import { SettingsPage } from '../features/settings/components/settings-page';
import { HealthCard } from '../features/health/components/health-card';
import { HealthSettings } from '../features/health/components/health-settings';
import type { Route } from '../lib/navigation';
import { AccountWorkActions } from './account-work';
import { sections } from './sections';
import { TodayWithActions } from './today-actions';

/** Props of Screen. */
export type ScreenProps = { route: Route };

/** The screen for a route. */
export function Screen({ route }: ScreenProps) {
  switch (route.section) {
    case 'today':
      return <TodayWithActions />;
    case 'accounts':
      return route.recordId
        ? <AccountPage accountId={route.recordId} quickActions={<AccountWorkActions accountId={route.recordId} />} sections={<><HealthCard accountId={route.recordId} /><AccountCommitments accountId={route.recordId} /></>} />
        : <AccountsPage />;
    case 'commitments':
      return <CommitmentsPage />;
    case 'escalations':
      return route.recordId ? <EscalationPage escalationId={route.recordId} /> : <EscalationsPage />;
    case 'import':
      return <ImportPage />;
    case 'settings':
      return <SettingsPage dataActions={<><SampleLoaderButton primary={false} /><BackupButtons /></>} syncPanel={<SyncPanel />} healthSettings={<HealthSettings />} />;
    default: {
      const section = sections.find((s) => s.id === route.section);
      return <ComingSoon title={section?.label ?? 'Rapport'} whatWillCome={section?.whatWillCome ?? ''} />;
    }
  }
}
