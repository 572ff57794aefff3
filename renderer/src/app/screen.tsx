import { ComingSoon } from '../components/ui/coming-soon';
import { AccountsPage } from '../features/accounts/components/accounts-page';
import { MyDay } from '../features/commitments/components/my-day';
import { useCommitmentView } from '../features/commitments/stores/commitment-view';
import { syncNow } from '../features/sync/api/sync-runner';
import { useAccountList } from '../features/accounts/stores/account-list-store';
import { useNavigation } from '../lib/navigation';
import { UpcomingReviews } from '../features/reviews/components/upcoming-reviews';
import type { Route } from '../lib/navigation';
import { RecoveryTodayPanel } from '../features/recovery/components/recovery-today-panel';
import { FollowUpsPanel } from '../features/surveys/components/follow-ups-panel';
import { lazyScreen } from './lazy-screen';
import { sections } from './sections';
import { TodayWithActions } from './today-actions';

// Only the first screens (Today, the Accounts list) are in the start-up bundle; every other screen
// is its own chunk, loaded when first opened (render Screen inside <Suspense>).
const AccountScreen = lazyScreen(async () => (await import('./account-screen')).AccountScreen);
const CommitmentsPage = lazyScreen(async () => (await import('../features/commitments/components/commitments-page')).CommitmentsPage);
const EscalationPage = lazyScreen(async () => (await import('../features/escalations/components/escalation-page')).EscalationPage);
const EscalationsPage = lazyScreen(async () => (await import('../features/escalations/components/escalations-page')).EscalationsPage);
const ReviewsScreen = lazyScreen(async () => (await import('./reviews-screen')).ReviewsScreenWithNotice);
const RecoveryScreen = lazyScreen(async () => (await import('./recovery-screen')).RecoveryScreen);
const LeadsPage = lazyScreen(async () => (await import('../features/leads/components/leads-page')).LeadsPage);
const ReportsPage = lazyScreen(async () => (await import('../features/reports/components/reports-page')).ReportsPage);
const SurveysPage = lazyScreen(async () => (await import('../features/surveys/components/surveys-page')).SurveysPage);
const ImportPage = lazyScreen(async () => (await import('../features/import/components/import-page')).ImportPage);
const SettingsScreen = lazyScreen(async () => (await import('./settings-screen')).SettingsScreen);
const TeamPage = lazyScreen(async () => (await import('../features/team/components/team-page')).TeamPage);

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
      return <ReviewsScreen recordId={route.recordId} />;
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
      return <SettingsScreen />;
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
