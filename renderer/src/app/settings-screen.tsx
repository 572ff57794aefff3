import { BackupButtons } from '../features/backup/components/backup-buttons';
import { CadenceSettings } from '../features/escalations/components/cadence-settings';
import { HealthSettings } from '../features/health/components/health-settings';
import { SampleLoaderButton } from '../features/onboarding/components/sample-loader-button';
import { SettingsPage } from '../features/settings/components/settings-page';
import { SyncPanel } from '../features/sync/components/sync-panel';
import { SurveySettingsCard } from '../features/surveys/components/survey-settings-card';
import { MeSettings } from '../features/team/components/me-settings';

/** Settings with the other features' cards composed in: me, data (sample, backup), sync, health and surveys, cadence. */
export function SettingsScreen() {
  return <SettingsPage me={<MeSettings />} dataActions={<><SampleLoaderButton primary={false} /><BackupButtons /></>} syncPanel={<SyncPanel />} healthSettings={<><HealthSettings /><SurveySettingsCard /></>} cadenceSettings={<CadenceSettings />} />;
}
