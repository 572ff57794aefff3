import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { useTeamMembers } from '../../../db/use-team-members';
import { bridge } from '../../../lib/bridge';
import { useMe } from '../../../lib/me';
import { useTheme, type ThemeChoice } from '../../../lib/theme';

/** Props of SettingsPage. */
export type SettingsPageProps = { dataActions: ReactNode; syncPanel?: ReactNode; healthSettings?: ReactNode };

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }, { value: 'system', label: 'Match system' },
];

/** Settings: appearance, data on this device, and (soon) the team server. */
export function SettingsPage({ dataActions, syncPanel, healthSettings }: SettingsPageProps) {
  const choice = useTheme((s) => s.choice);
  const setChoice = useTheme((s) => s.setChoice);
  const members = useTeamMembers();
  const me = useMe((s) => s.memberId);
  const setMe = useMe((s) => s.setMemberId);
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
        <section className="card" aria-labelledby="me-title">
          <h2 id="me-title">You</h2>
          <p className="muted">Who uses this device: your accounts and commitments are the ones shown as &quot;mine&quot;.</p>
          <select className="input" aria-label="I am" value={me ?? ''} onChange={(e) => setMe(e.target.value || null)}>
            <option value="">Not chosen</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name} ({m.role})</option>)}
          </select>
        </section>
        {healthSettings}
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
