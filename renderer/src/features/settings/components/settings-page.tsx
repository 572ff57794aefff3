import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { bridge } from '../../../lib/bridge';
import { useTheme, type ThemeChoice } from '../../../lib/theme';

/** Props of SettingsPage. */
export type SettingsPageProps = { me?: ReactNode; dataActions: ReactNode; syncPanel?: ReactNode; healthSettings?: ReactNode; cadenceSettings?: ReactNode };

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }, { value: 'system', label: 'Match system' },
];

/** Settings: appearance, data on this device, and (soon) the team server. */
export function SettingsPage({ me, dataActions, syncPanel, healthSettings, cadenceSettings }: SettingsPageProps) {
  const choice = useTheme((s) => s.choice);
  const setChoice = useTheme((s) => s.setChoice);
  return (
    <>
      <PageHeader title="Settings" />
      <div className="page-body">
        <section className="card" aria-labelledby="appearance-title">
          <h2 id="appearance-title">Appearance</h2>
          <div className="segmented" role="group" aria-label="Theme">
            {choices.map((c) => (
              <button key={c.value} type="button" aria-pressed={choice === c.value} onClick={() => setChoice(c.value)}>{c.label}</button>
            ))}
          </div>
        </section>
        {me}
        {healthSettings}
        {cadenceSettings}
        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">Data on this device</h2>
          <p className="muted">Your portfolio is stored on this computer and works offline. Loading the sample adds about 60 accounts to what is here.</p>
          <div className="toolbar">{dataActions}</div>
        </section>
        {syncPanel}
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <p className="muted">Rapport 0.1.0 · running {bridge.host === 'electron' ? 'as the desktop app' : 'in a web browser'}</p>
        </section>
      </div>
    </>
  );
}
