import { ComingSoon } from '../components/ui/coming-soon';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { BackupButtons } from '../features/backup/components/backup-buttons';
import { CommitmentsPage } from '../features/commitments/components/commitments-page';
import { MyDay } from '../features/commitments/components/my-day';
import { useCommitmentView } from '../features/commitments/stores/commitment-view';
import { EscalationPage } from '../features/escalations/components/escalation-page';
import { EscalationsPage } from '../features/escalations/components/escalations-page';
import { ImportPage } from '../features/import/components/import-page';
import { SampleLoaderButton } from '../features/onboarding/components/sample-loader-button';
import { syncNow } from '../features/sync/api/sync-runner';
import { TripSyncNotice } from '../features/sync/components/trip-sync-notice';
import { SyncPanel } from '../features/sync/components/sync-panel';
import { SettingsPage } from '../features/settings/components/settings-page';
import { MeSettings } from '../features/team/components/me-settings';
import { TeamPage } from '../features/team/components/team-page';
import { useAccountList } from '../features/accounts/stores/account-list-store';
import { useNavigation } from '../lib/navigation';
import { HealthSettings } from '../features/health/components/health-settings';
import { ReviewsScreen } from '../features/reviews/components/reviews-screen';
import { UpcomingReviews } from '../features/reviews/components/upcoming-reviews';
import { CadenceSettings } from '../features/escalations/components/cadence-settings';
import type { Route } from '../lib/navigation';
import { LeadsPage } from '../features/leads/components/leads-page';
import { RecoveryTodayPanel } from '../features/recovery/components/recovery-today-panel';
import { ReportsPage } from '../features/reports/components/reports-page';
import { FollowUpsPanel } from '../features/surveys/components/follow-ups-panel';
import { SurveySettingsCard } from '../features/surveys/components/survey-settings-card';
import { SurveysPage } from '../features/surveys/components/surveys-page';
import { AccountScreen } from './account-screen';
import { RecoveryScreen } from './recovery-screen';
import { sections } from './sections';
import { TodayWithActions } from './today-actions';

/** Props of Screen. */
export type ScreenProps = { route: Route };

/** The screen for a route. */
export function Screen({ route }: ScreenProps) {
  switch (route.section) {
    case 'today':
      return <><TodayWithActions /><div className="page-body"><FollowUpsPanel limit={8} onOpenAccount={openAccount} /><UpcomingReviews /><RecoveryTodayPanel /><MyDay /></div></>;
    case 'accounts':
      return route.recordId ? <AccountScreen key={route.recordId} accountId={route.recordId} /> : <AccountsPage />;
    case 'commitments':
      return <CommitmentsPage />;
    case 'escalations':
      return route.recordId ? <EscalationPage escalationId={route.recordId} /> : <EscalationsPage />;
    case 'reviews':
      return <ReviewsScreen recordId={route.recordId} tripSyncNotice={<TripSyncNotice />} />;
    case 'recovery':
      return <RecoveryScreen programId={route.recordId} />;
    case 'leads':
      return <LeadsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'surveys':
      return <SurveysPage onOpenAccount={openAccount} />;
    case 'import':
      return <ImportPage />;
    case 'settings':
      return <SettingsPage me={<MeSettings />} dataActions={<><SampleLoaderButton primary={false} /><BackupButtons /></>} syncPanel={<SyncPanel />} healthSettings={<><HealthSettings /><SurveySettingsCard /></>} cadenceSettings={<CadenceSettings />} />;
    case 'team':
      return <TeamPage onShowAccounts={showAccountsOf} onShowCommitments={showCommitmentsOf} onUserAdded={syncNow} />;
    default: {
      const section = sections.find((s) => s.id === route.section);
      return <ComingSoon title={section?.label ?? 'Rapport'} whatWillCome={section?.whatWillCome ?? ''} />;
    }
  }
}

/** A follow-up → its account page. */
function openAccount(accountId: string): void {
  useNavigation.getState().go({ section: 'accounts', recordId: accountId });
}

/** Workload → the portfolio list filtered to one owner. */
function showAccountsOf(memberId: string): void {
  useAccountList.getState().clear();
  useAccountList.getState().setFilter({ ownerIds: [memberId] });
  useNavigation.getState().go({ section: 'accounts' });
}

/** Workload → everyone's commitments filtered to one colleague. */
function showCommitmentsOf(memberId: string): void {
  useCommitmentView.getState().set({ scope: 'team', ownerId: memberId, contactId: null });
  useNavigation.getState().go({ section: 'commitments' });
}
