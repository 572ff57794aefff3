import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MenuCommand } from '../../../shared/bridge';
import { Toaster } from '../components/ui/toaster';
import { LogTouchDialog } from '../features/accounts/components/log-touch-dialog';
import { startSyncRunner } from '../features/sync/api/sync-runner';
import { startHealthScoring } from '../db/health/health-client';
import { SyncIndicator } from '../features/sync/components/sync-indicator';
import { CommandPalette, type PaletteCommand } from '../features/palette/components/command-palette';
import { useNavigation, type SectionId } from '../lib/navigation';
import { useTheme } from '../lib/theme';
import { Screen } from './screen';
import { sections } from './sections';
import { useDueAlerts } from './use-due-alerts';
import { useOutboxMirror } from './use-outbox-mirror';
import { useShortcuts } from './use-shortcuts';

const modKey = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The desktop shell: sidebar, the current screen, and the command palette. */
export function Layout() {
  const route = useNavigation((s) => s.route);
  const go = useNavigation((s) => s.go);
  const toggleTheme = useTheme((s) => s.toggle);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [touchOpen, setTouchOpen] = useState(false);

  const run = useCallback((command: MenuCommand) => {
    if (command === 'command-palette') setPaletteOpen((open) => !open);
    else if (command === 'toggle-theme') toggleTheme();
    else if (command === 'log-touch') setTouchOpen(true);
    else if (command.startsWith('go-')) go({ section: command.slice(3) as SectionId });
  }, [go, toggleTheme]);
  useShortcuts(run);
  useDueAlerts();
  useOutboxMirror();
  useEffect(() => startSyncRunner(), []);
  useEffect(() => startHealthScoring(), []);

  const commands = useMemo<PaletteCommand[]>(() => [
    { id: 'log-touch', label: 'Log a touch (call, email, meeting, note)…', hint: 'Enter', run: () => setTouchOpen(true) },
    { id: 'import-csv', label: 'Import accounts from a CSV file…', run: () => go({ section: 'import' }) },
    ...sections.map((s, i) => ({ id: `go-${s.id}`, label: `Go to ${s.label}`, hint: `${modKey}${i + 1}`, run: () => go({ section: s.id }) })),
    { id: 'toggle-theme', label: 'Switch between light and dark theme', hint: `${modKey}Shift+L`, run: toggleTheme },
  ], [go, toggleTheme]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">Rap<span>port</span></div>
        {sections.map((s, i) => {
          const Icon = s.icon;
          return (
            <button key={s.id} type="button" className="nav-item" aria-current={route.section === s.id ? 'page' : undefined} onClick={() => go({ section: s.id })}>
              <Icon size={16} aria-hidden="true" />
              {s.label}
              <span className="shortcut" aria-hidden="true">{modKey}{i + 1}</span>
            </button>
          );
        })}
        <div className="sidebar-foot">
          <button type="button" className="button" onClick={() => setPaletteOpen(true)}>Commands… <span className="muted">{modKey}K</span></button>
          <SyncIndicator />
        </div>
      </nav>
      <main className="main" aria-label={sections.find((s) => s.id === route.section)?.label}>
        <Screen route={route} />
      </main>
      {paletteOpen ? <CommandPalette commands={commands} onClose={() => setPaletteOpen(false)} /> : null}
      {touchOpen ? <LogTouchDialog accountId={route.section === 'accounts' ? route.recordId : undefined} onClose={() => setTouchOpen(false)} /> : null}
      <Toaster />
    </div>
  );
}
